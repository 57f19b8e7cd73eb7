import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

/** The organiser's event list and editor, signed in as a Volkshochschule organiser. */
async function signIn(page: Page) {
  await page.goto("/intern/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill("omar.okafor@vhs-am-rhein.example.org");
  await page.getByLabel("Passwort").fill("Demo-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
}

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/**
 * The calendar day `days` after today in Berlin, as the editor's date field takes it (YYYY-MM-DD):
 * counted in calendar days, so that a change of the clocks in between moves nothing.
 */
function dayAhead(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date()).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Fills the editor with two sessions and one yes/no question (spare rows exist with and without JavaScript). */
async function fillNewEvent(page: Page, title: string) {
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Ruhig bleiben, wenn es laut wird.");
  await page.getByLabel("Beschreibung", { exact: true }).fill("Übungen und Austausch für Ehrenamtliche.");
  await page.getByLabel("Format", { exact: true }).selectOption({ label: "Fortbildung" });
  await page.getByLabel("Veranstaltungsort").selectOption({ index: 1 });
  await page.getByLabel("Anzahl der Plätze").fill("12");
  for (const [i, date] of [dayAhead(40), dayAhead(47)].entries()) {
    await page.locator(`#feld-sessions-${i}-date`).fill(date);
    await page.locator(`#feld-sessions-${i}-start`).fill("18:00");
    await page.locator(`#feld-sessions-${i}-end`).fill("20:30");
  }
  // Optional parts are folded: open the questions first.
  await page.locator('details[data-section="fragen"] > summary').click();
  await page.locator("#feld-questions-0-label").fill("Haben Sie schon Erfahrung mit Deeskalation?");
  await page.locator("#feld-questions-0-kind").selectOption({ label: "Ja oder Nein" });
}

async function expectDraftInList(page: Page, title: string) {
  await expect(page).toHaveURL(/\/intern\/veranstaltungen\?gespeichert=\d+/);
  await expect(page.getByRole("status")).toContainText(`Gespeichert: ${title}`);
  await page.getByLabel("Titel suchen").fill(title);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "Entwurf" })).toBeVisible();
  await expect(row).toContainText("2 Termine");
  await expect(row).toContainText("0 von 12");
  return row;
}

test.describe("event editor", () => {
  test("create an event with two sessions and a question, find it as a draft, correct an error, edit it", async ({ page }) => {
    await signIn(page);
    await page.goto("/intern/veranstaltungen");
    await expect(page.getByRole("heading", { level: 1, name: "Veranstaltungen" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Neue Veranstaltung" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Neue Veranstaltung" })).toBeVisible();
    // Folded parts: the required ones open, the optional ones closed with a line of what is in them.
    await expect(page.locator('details[data-section="grundlagen"]')).toHaveAttribute("open", "");
    await expect(page.locator('details[data-section="reihe"]')).not.toHaveAttribute("open");
    await expect(page.locator('details[data-section="weiteres"]')).not.toHaveAttribute("open");
    await expect(page.getByTestId("summary-weiteres")).toHaveText("1 Sprache");
    await expectNoAxeViolations(page);

    const title = unique("Deeskalation am Abend");
    await fillNewEvent(page, title);
    await expect(page.getByTestId("summary-termine")).toHaveText(/^2 Termine, ab /);
    // An error in a folded part opens it, and focus lands on the field.
    const more = page.locator('details[data-section="weiteres"] > summary');
    await more.click();
    await page.getByLabel("Referentin oder Referent").fill("x".repeat(201));
    await more.click();
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.getByLabel("Referentin oder Referent")).toBeFocused();
    await page.getByLabel("Referentin oder Referent").fill("Lea Lang");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    const row = await expectDraftInList(page, title);

    await row.getByRole("link", { name: `„${title}“ bearbeiten` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Veranstaltung bearbeiten" })).toBeVisible();
    await expect(page.locator("#feld-sessions-1-date")).toHaveValue(dayAhead(47));
    await expect(page.locator("#feld-questions-0-label")).toHaveValue("Haben Sie schon Erfahrung mit Deeskalation?");
    await expectNoAxeViolations(page);

    const newTitle = `${title} (geändert)`;
    await page.getByLabel("Titel", { exact: true }).fill(newTitle);
    await page.getByLabel("Anzahl der Plätze").fill("viele");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.locator("#feld-capacity-fehler")).toContainText("Bitte geben Sie eine Zahl zwischen 1 und 10000 an.");
    await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
    await expect(page.getByLabel("Anzahl der Plätze")).toHaveValue("viele");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(newTitle);

    await page.getByLabel("Anzahl der Plätze").fill("15");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByRole("status")).toContainText(`Gespeichert: ${newTitle}`);

    await page.getByLabel("Titel suchen").fill(newTitle);
    await page.getByRole("button", { name: "Anzeigen" }).click();
    const edited = page.getByRole("row").filter({ hasText: newTitle });
    await expect(edited).toContainText("0 von 15");
    await edited.getByRole("link", { name: `„${newTitle}“ duplizieren` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Veranstaltung duplizieren" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Neuer erster Tag").fill(dayAhead(100));
    await page.getByRole("button", { name: "Kopie anlegen" }).click();
    await expect(page.getByText("Die Kopie ist angelegt.")).toBeVisible();
    await expect(page.locator("#feld-sessions-0-date")).toHaveValue(dayAhead(100));
    await expect(page.locator("#feld-sessions-1-date")).toHaveValue(dayAhead(107));
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(newTitle);
  });
});

test.describe("event editor without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("create an event with two sessions and a question; a server error keeps what was typed", async ({ page }) => {
    await signIn(page);
    await page.goto("/intern/veranstaltungen/neu");
    const title = unique("Asylrecht kompakt");
    await fillNewEvent(page, title);
    await page.locator("#feld-sessions-1-end").fill("17:00");
    // A folded optional part with a wrong value comes back open (the server's answer).
    await page.locator('details[data-section="weiteres"] > summary').click();
    await page.locator("#feld-trainer").fill("x".repeat(201));
    await page.locator('details[data-section="weiteres"] > summary').click();
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expect(page.locator("#feld-sessions-1-end-fehler")).toContainText("Das Ende muss nach dem Beginn liegen.");
    await expect(page.locator('details[data-section="weiteres"]')).toHaveAttribute("open", "");
    await expect(page.locator("#feld-trainer-fehler")).toBeVisible();
    await page.locator("#feld-trainer").fill("");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await expect(page.locator("#feld-questions-0-label")).toHaveValue("Haben Sie schon Erfahrung mit Deeskalation?");
    await page.locator("#feld-sessions-1-end").fill("20:30");
    await page.getByRole("button", { name: "Als Entwurf speichern" }).click();
    await expectDraftInList(page, title);
  });
});
