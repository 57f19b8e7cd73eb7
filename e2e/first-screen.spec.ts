import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo, manageLink } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";
import { createTestEvent } from "./support/test-db";

/** Issue 15, items 1, 2 and 9: what a person sees first on a phone (390×844), and the waiting list. */
const phone = { width: 390, height: 844 };

async function inFirstScreen(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  expect(box, "has a box").not.toBeNull();
  expect(box!.y + box!.height, `${await locator.textContent()} ends within the first screen`).toBeLessThanOrEqual(height);
}

test.describe("first screen and the way back", () => {
  test.use({ viewport: phone });

  test("an event page shows the seat badge and 'Jetzt anmelden' in the first screen; full: 'Auf die Warteliste'", async ({ page }) => {
    const open = await createTestEvent({ capacity: 5, title: "Ein Abend mit einem sehr langen Titel über Begleitung, Sprache und Ankommen in Mainz" });
    await page.goto(`/veranstaltungen/${open.slug}`);
    const call = page.getByTestId("register-call");
    await inFirstScreen(page, call.locator("[data-badge=seats]"));
    await expect(call.locator("[data-badge=seats]")).toHaveText("Plätze frei");
    await inFirstScreen(page, call.getByRole("link", { name: "Jetzt anmelden" }));
    await inFirstScreen(page, call.getByText(/^Anmeldeschluss: /));
    // The calendar entry stays on the page, below the form.
    const ics = page.getByRole("link", { name: "In meinen Kalender eintragen (.ics)" });
    await expect(ics).toHaveCount(1);
    expect((await ics.boundingBox())!.y).toBeGreaterThan((await page.locator("#anmeldung").boundingBox())!.y);
    await expectNoAxeViolations(page);
    await call.getByRole("link", { name: "Jetzt anmelden" }).click();
    await expect(page).toHaveURL(/#anmeldung$/);

    const full = await createTestEvent({ capacity: 1, confirmed: 1 });
    await page.goto(`/veranstaltungen/${full.slug}`);
    await expect(call.locator("[data-badge=seats]")).toHaveText("Ausgebucht – Warteliste");
    await inFirstScreen(page, call.getByRole("link", { name: "Auf die Warteliste" }));

    const closed = await createTestEvent({ capacity: 5, registrationClosed: true });
    await page.goto(`/veranstaltungen/${closed.slug}`);
    await inFirstScreen(page, call.locator("[data-badge=seats]"));
    await expect(call.locator("[data-badge=seats]")).toHaveText("Anmeldung geschlossen");
    await expect(call.getByRole("link")).toHaveCount(0);
  });

  test("after filtering, the count and removable filters come first; the event page leads back to the filtered list", async ({ page }) => {
    const event = await createTestEvent({ capacity: 5 });
    const word = event.title.split(" ")[1]; // the event's own id: only this event matches
    await page.goto("/veranstaltungen");
    await page.getByLabel("Suche", { exact: true }).fill(word);
    await page.getByRole("button", { name: "Suchen" }).click();
    // A GET form: the empty fields of the folded filters come along ("&format=&…").
    await expect(page).toHaveURL(new RegExp(`/veranstaltungen\\?q=${word}&`));
    await expect(page.locator("details")).not.toHaveAttribute("open");
    await inFirstScreen(page, page.getByLabel("Suche", { exact: true }));
    await inFirstScreen(page, page.getByRole("heading", { name: "1 Veranstaltung gefunden" }));
    const chip = page.getByRole("link", { name: `Filter entfernen: Suche: „${word}“` });
    await inFirstScreen(page, chip);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: event.title }).click();
    await expect(page).toHaveURL(new RegExp(`/veranstaltungen/${event.slug}\\?zurueck=`));
    await page.getByRole("link", { name: "Zurück zu allen Veranstaltungen" }).click();
    await expect(page).toHaveURL(new RegExp(`/veranstaltungen\\?q=${word}$`));
    await expect(page.getByRole("heading", { name: "1 Veranstaltung gefunden" })).toBeVisible();

    await page.setViewportSize({ width: 1280, height: 900 });
    await inFirstScreen(page, chip);
    await chip.click();
    await expect(page).toHaveURL(/\/veranstaltungen$/);
    await expect(page.locator("[data-chip]")).toHaveCount(0);
  });

  test("a place on the waiting list does not look like a seat: another colour, no calendar entry", async ({ page }) => {
    const event = await createTestEvent({ capacity: 1, confirmed: 1 });
    const email = uniqueEmail("wera");
    await page.goto(`/veranstaltungen/${event.slug}`);
    await fillRegistration(page, { firstName: "Wera", lastName: "Warte", email, initiative: "keine – ich bin allein aktiv oder fange gerade an", consent: true });
    await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
    const [mail] = await mailsTo(email, (m) => m.subject === `Warteliste: ${event.title}`);
    await page.goto(`${manageLink(mail)}?neu=1`);
    const notice = page.locator("[data-status=waitlisted]");
    await inFirstScreen(page, notice);
    await expect(notice).toHaveClass(/border-warn/);
    await expect(page.getByRole("link", { name: /In meinen Kalender/ })).toHaveCount(0);
    await expect(page.getByText(/bekommt jemand .* Ihren Platz/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Von der Warteliste abmelden" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
