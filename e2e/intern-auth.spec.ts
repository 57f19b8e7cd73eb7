import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn, submitSignIn } from "./support/intern";
import { mailsTo } from "./support/mailbox";
import { createTestAccount, setAccountActive } from "./support/test-db";

test.describe("signing in to the signed-in area", () => {
  test("a wrong password gets a calm message, the right one opens the overview, signing out ends it", async ({ page }) => {
    const account = await createTestAccount();
    await page.goto("/intern");
    await expect(page).toHaveURL(/\/intern\/anmelden\?weiter=%2Fintern$/);
    await expectNoAxeViolations(page);
    await submitSignIn(page, account.email, "ganz-falsches-passwort");
    await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(account.email);
    await page.getByLabel("Passwort", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await expect(page.getByText(`Angemeldet als ${account.name}`).filter({ visible: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
    await page.goto("/intern");
    await expect(page).toHaveURL(/\/intern\/anmelden/);
  });

  test("empty fields get errors next to them, in German", async ({ page }) => {
    await page.goto("/intern/anmelden");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.locator("#feld-email-fehler")).toHaveText(/Bitte geben Sie Ihre E-Mail-Adresse an\./);
    await expect(page.locator("#feld-password-fehler")).toHaveText(/Bitte geben Sie Ihr Passwort ein\./);
  });

  test("after three failed tries each further try must wait, even with the right password", async ({ page }) => {
    const account = await createTestAccount();
    const answer = page.getByText(/stimmen nicht|Zu viele Versuche/).first();
    /** One try on a freshly loaded page (no answer of an earlier try on it), and its answer. */
    const tryOnce = async (password: string) => {
      await page.goto("/intern/anmelden");
      await submitSignIn(page, account.email, password);
      await expect(answer).toBeVisible();
      return answer.innerText();
    };
    for (let i = 0; i < 3; i++) expect(await tryOnce(`falsch-${i}-falsch-falsch`)).toContain("E-Mail-Adresse oder Passwort stimmen nicht.");
    // Each further failure doubles the wait (1, 2, 4, 8 … seconds): guess on until one answer asks
    // for 6 seconds or more, so that the next try (a page load and a post) surely falls inside the
    // wait. The answer that doubles the wait does not name it; the next one names what is left of
    // it, a second or so less: on a quick machine an 8-second wait shows as 7, so the bar is 6. On a
    // loaded machine a try may come after a short wait has run out (an answer without a wait, which
    // doubles it again): keep the longest wait seen, not the last answer's.
    let wait = 0;
    for (let i = 0; i < 30 && wait < 6; i++) wait = Math.max(wait, Number(/warten Sie (\d+) Sekunden?/.exec(await tryOnce(`weiter-${i}-falsch-falsch`))?.[1] ?? 0));
    expect(wait).toBeGreaterThanOrEqual(6);
    expect(await tryOnce(account.password)).toMatch(/Zu viele Versuche\. Bitte warten Sie \d+ Sekunden? und versuchen/);
    await expect(page).toHaveURL(/\/intern\/anmelden/);
  });

  test("a deactivated account is signed out at its next request", async ({ page }) => {
    const account = await createTestAccount();
    await signIn(page, account.email, account.password);
    await page.goto("/intern");
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await setAccountActive(account.id, false);
    await page.goto("/intern");
    await expect(page).toHaveURL(/\/intern\/anmelden/);
    // And it cannot sign in again.
    await submitSignIn(page, account.email, account.password);
    await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
  });

  test("password reset by e-mail: the link sets a new password, the old one stops working", async ({ page }) => {
    const account = await createTestAccount();
    await page.goto("/intern/anmelden");
    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel("E-Mail-Adresse").fill(account.email);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByText(/Wenn es zu dieser Adresse ein Konto gibt, ist ein Link unterwegs/)).toBeVisible();
    // The same answer for an address without an account.
    await page.getByLabel("E-Mail-Adresse").fill("niemand-hier@example.org");
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByText(/Wenn es zu dieser Adresse ein Konto gibt, ist ein Link unterwegs/)).toBeVisible();

    const [mail] = await mailsTo(account.email, (m) => m.subject.startsWith("Neues Passwort"));
    const link = mail.text.match(/https?:\/\/\S+\/intern\/passwort-setzen\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeTruthy();
    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole("heading", { level: 1, name: "Neues Passwort festlegen" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Neues Passwort").fill("zu-kurz");
    await page.getByLabel("Passwort wiederholen").fill("zu-kurz");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.locator("#feld-password-fehler")).toHaveText(/mindestens 12 Zeichen/);
    const fresh = "Ein ganz neues Passwort 2026";
    await page.getByLabel("Neues Passwort").fill(fresh);
    await page.getByLabel("Passwort wiederholen").fill(fresh);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.getByText("Ihr Passwort ist gespeichert. Bitte melden Sie sich jetzt an.")).toBeVisible();

    // The link is used up; the old password no longer works; the new one does.
    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole("heading", { level: 1, name: "Dieser Link gilt nicht mehr" })).toBeVisible();
    await page.goto("/intern/anmelden");
    await submitSignIn(page, account.email, account.password);
    await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
    await signIn(page, account.email, fresh);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in and out works with plain forms", async ({ page }) => {
    const account = await createTestAccount();
    await page.goto("/intern/anmelden");
    await submitSignIn(page, account.email, "falsch-falsch-falsch");
    await expect(page.getByText("E-Mail-Adresse oder Passwort stimmen nicht.")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(account.email);
    await page.getByLabel("Passwort", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
  });
});
