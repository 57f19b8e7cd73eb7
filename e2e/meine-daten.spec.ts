import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";
import { createPastTestEvent, createTestEvent, registrationCounts } from "./support/test-db";

/**
 * "Meine Daten" (issue 13): a volunteer without an account asks for a link, opens it from the
 * mail, sees every registration and everything stored, downloads it as JSON, has all links sent
 * again and deletes it all, which frees the seat for the waiting list.
 */

const LINK_SUBJECT = /Ihr Link zu „Meine Daten“/;

async function register(page: Page, slug: string, person: { firstName: string; lastName: string; email: string }) {
  await page.goto(`/veranstaltungen/${slug}`);
  await fillRegistration(page, { ...person, initiative: "keine", consent: true });
  await page.getByRole("button", { name: /Platz reservieren|Auf die Warteliste/ }).click();
  await expect(page).toHaveURL(/\/anmeldung\/eingegangen$/);
}

/** Asks for a link on /meine-daten and returns the path of the newest link mailed to `email`. */
async function requestLink(page: Page, email: string, count = 1): Promise<string> {
  await page.goto("/meine-daten");
  await page.getByLabel("Ihre E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByText("Wenn wir zu dieser Adresse Daten gespeichert haben")).toBeVisible();
  const mails = await mailsTo(email, (m) => LINK_SUBJECT.test(m.subject), count);
  const match = mails[mails.length - 1].text.match(/https?:\/\/[^\s]+\/meine-daten\/zugang\/[A-Za-z0-9_-]{43}/);
  if (!match) throw new Error("no Meine-Daten link in the mail");
  return new URL(match[0]).pathname;
}

/** Opens a mailed link: its page, then the button that uses it. */
async function openLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Meine Daten öffnen" })).toBeVisible();
  await page.getByRole("button", { name: "Meine Daten öffnen" }).click();
}

test.describe("Meine Daten", () => {
  test("request the link, open it from the mail, see the registrations and everything stored, download it", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const event = await createTestEvent({ capacity: 5 });
    const email = uniqueEmail("mara");
    await register(page, event.slug, { firstName: "Mara", lastName: "Meinedaten", email });
    const past = await createPastTestEvent([{ firstName: "Mara", lastName: "Meinedaten", email }]);

    await page.goto("/meine-daten");
    await expect(page.getByRole("heading", { level: 1, name: "Meine Daten" })).toBeVisible();
    await expectNoAxeViolations(page);
    // An unknown address gets the same answer, and no mail.
    const stranger = uniqueEmail("niemand");
    await page.getByLabel("Ihre E-Mail-Adresse").fill(stranger);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByText("Wenn wir zu dieser Adresse Daten gespeichert haben")).toBeVisible();

    const link = await requestLink(page, email);
    // Opening the link changes nothing (mail scanners open links too): twice, then the button.
    await page.goto(link);
    await page.goto(link);
    await openLink(page, link);
    // The token is gone from the address bar; the session cookie is HttpOnly and Lax, for the whole
    // site: "Meine Daten" lives at /meine-daten and /en/meine-daten (lib/privacy/self-service-session.ts).
    await expect(page).toHaveURL(/\/meine-daten$/);
    const [cookie] = (await context.cookies()).filter((c) => c.name.endsWith("meine-daten"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await expect(page.getByText(`Sie sehen die Daten zur E-Mail-Adresse ${email}.`)).toBeVisible();
    const upcoming = page.locator("section", { has: page.getByRole("heading", { name: "Kommende Veranstaltungen" }) });
    await expect(upcoming.getByRole("heading", { name: event.title })).toBeVisible();
    await expect(upcoming.getByText("Angemeldet: Sie haben einen Platz.")).toBeVisible();
    const pastSection = page.locator("section", { has: page.getByRole("heading", { name: "Vergangene Veranstaltungen" }) });
    await expect(pastSection.getByRole("heading", { name: past.title })).toBeVisible();
    const stored = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Alles, was wir über Sie gespeichert haben" }) });
    await expect(stored.getByText(/Datenschutzhinweise in der Fassung vom \d{1,2}\. \p{L}+ \d{4}/u).first()).toBeVisible();
    await expect(stored.getByRole("cell", { name: `Anmeldung bestätigt: ${event.title}` })).toBeVisible();
    await expect(page.locator("#nachweis + p + a")).toHaveAttribute("href", "/meine-daten/nachweis");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Meine Daten herunterladen (JSON-Datei)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(data.email).toBe(email);
    expect(data.registrations.map((r: { event: { title: string } }) => r.event.title).sort()).toEqual([event.title, past.title].sort());
    expect(data.registrations.every((r: { stored: { email: string } }) => r.stored.email === email)).toBe(true);

    // "Verwalten" opens the registration's own manage page.
    await upcoming.getByRole("button", { name: "Anmeldung ansehen, ändern oder absagen" }).click();
    await expect(page).toHaveURL(/\/anmeldung\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText("Sie haben einen Platz.")).toBeVisible();

    // The link was used once: using it again leads to a page that offers a new one.
    await openLink(page, link);
    await expect(page.getByRole("heading", { level: 1, name: "Dieser Link gilt nicht mehr" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Link anfordern" })).toBeVisible();

    await page.goto("/meine-daten");
    await page.getByRole("button", { name: "„Meine Daten“ verlassen" }).click();
    await expect(page.getByText("Sie haben „Meine Daten“ verlassen.")).toBeVisible();
    expect((await page.request.get("/meine-daten/herunterladen")).status()).toBe(401);
    await context.close();
  });

  test("without JavaScript: request, open, send all links again, refuse the deletion without the tick", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = uniqueEmail("nils");
    const past = await createPastTestEvent([{ firstName: "Nils", lastName: "Ohnescript", email }]);
    await openLink(page, await requestLink(page, email));
    const pastSection = page.locator("section", { has: page.getByRole("heading", { name: "Vergangene Veranstaltungen" }) });
    await expect(pastSection.getByRole("heading", { name: past.title })).toBeVisible();
    await expect(page.getByText("Sie sind für keine kommende Veranstaltung angemeldet.")).toBeVisible();

    await page.getByRole("button", { name: "Alle Links erneut senden" }).click();
    await expect(page.getByText("Wir haben Ihnen eine E-Mail mit allen Links geschickt.")).toBeVisible();
    await mailsTo(email, (m) => m.subject.startsWith("Ihre Links zu Ihren Anmeldungen"));

    await page.getByRole("link", { name: "Meine Daten löschen …" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meine Daten löschen" })).toBeVisible();
    await page.getByRole("button", { name: "Meine Daten endgültig löschen" }).click();
    await expect(page.locator("form p", { hasText: "Bitte bestätigen Sie, dass Sie Ihre Daten löschen möchten." })).toBeVisible();
    await page.getByRole("link", { name: "Nein, zurück zu „Meine Daten“" }).click();
    await expect(pastSection.getByRole("heading", { name: past.title })).toBeVisible();
    await context.close();
  });

  test("delete: the upcoming registration is cancelled, the waiting list moves up, the data is gone", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const event = await createTestEvent({ capacity: 1 });
    const email = uniqueEmail("lotte");
    const waiting = uniqueEmail("wim");
    await register(page, event.slug, { firstName: "Lotte", lastName: "Loeschen", email });
    await register(page, event.slug, { firstName: "Wim", lastName: "Wartend", email: waiting });
    expect(await registrationCounts(event.id)).toEqual({ confirmed: 1, waitlisted: 1 });

    await openLink(page, await requestLink(page, email));
    await page.getByRole("link", { name: "Meine Daten löschen …" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meine Daten löschen" })).toBeVisible();
    await expect(page.locator("li li", { hasText: event.title })).toBeVisible();
    await page.getByLabel(/Ja, ich möchte meine Daten löschen/).check();
    await page.getByRole("button", { name: "Meine Daten endgültig löschen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Daten sind gelöscht" })).toBeVisible();
    await expect(page.getByText("Abgesagte Anmeldungen: 1")).toBeVisible();

    expect(await registrationCounts(event.id)).toEqual({ cancelled: 1, confirmed: 1 });
    await mailsTo(waiting, (m) => m.subject === `Ein Platz ist frei: ${event.title}`);
    // The session ended with the data.
    await page.goto("/meine-daten");
    await expect(page.getByLabel("Ihre E-Mail-Adresse")).toBeVisible();
    await context.close();
  });
});
