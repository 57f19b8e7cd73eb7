import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo, manageLink } from "./support/mailbox";
import { uniqueEmail } from "./support/registration-form";
import { groupWithPlaces } from "./support/test-db";

/** The servers' database, to read who is in a group (which the pages must never show). */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

async function memberNames(slug: string): Promise<string[]> {
  const rows = await db.execute({ sql: "select r.first_name, r.last_name from registrations r join events e on e.id = r.event_id where e.slug = ?", args: [slug] });
  return rows.rows.map((r) => `${r.first_name} ${r.last_name}`);
}

/** From /supervision to a group with open places (made so, see groupWithPlaces); returns its slug and title. */
async function openFirstGroupWithPlaces(page: Page) {
  const { slug: groupSlug, title } = await groupWithPlaces();
  await page.goto("/supervision");
  const group = page.locator("article").filter({ has: page.locator(`a[href$="/supervision/${groupSlug}"]`) });
  await expect(group).toContainText("Plätze frei");
  await group.locator(`a[href$="/supervision/${groupSlug}"]`).first().click();
  await expect(page).toHaveURL(/\/supervision\/[a-z0-9-]+$/);
  return { slug: new URL(page.url()).pathname.split("/").pop()!, title };
}

async function fillApplication(page: Page, person: { firstName?: string; lastName?: string; email?: string; motivation?: string; all?: boolean; consent?: boolean }) {
  const shownAt = Date.now();
  const form = page.locator("#bewerbung form");
  if (person.firstName !== undefined) await form.getByLabel("Vorname").fill(person.firstName);
  if (person.lastName !== undefined) await form.getByLabel("Nachname").fill(person.lastName);
  if (person.email !== undefined) await form.getByLabel("E-Mail-Adresse").fill(person.email);
  if (person.lastName !== undefined) await form.getByLabel("Ich bin (noch) in keiner Initiative").check();
  if (person.motivation !== undefined) await form.getByLabel(/Erzählen Sie kurz von Ihrem Ehrenamt/).fill(person.motivation);
  if (person.all) await form.getByLabel("Ja, zu allen Terminen").check();
  if (person.consent) await form.getByLabel(/Ich bin einverstanden/).check();
  // The form refuses submissions faster than REGISTRATION_MIN_FILL_SECONDS (1 s in these tests).
  const wait = 1200 - (Date.now() - shownAt);
  if (wait > 0) await page.waitForTimeout(wait);
}

test.describe("supervision groups, public side", () => {
  test("find a group, apply, read the mail, open the manage link, withdraw", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Supervision" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Gruppensupervision" })).toBeVisible();
    await expect(page.getByText(/Die Leitung der Gruppe entscheidet/)).toBeVisible();
    await expectNoAxeViolations(page);

    const { slug, title } = await openFirstGroupWithPlaces(page);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Das liest nur die Leitung der Gruppe.")).toBeVisible();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.url).toMatch(new RegExp(`/supervision/${slug}$`));
    expect(jsonLd.subEvent.length).toBeGreaterThan(1);
    await expect(page.locator("dl ol li")).toHaveCount(jsonLd.subEvent.length);
    // Members are confidential: none of their names is on the page.
    const names = await memberNames(slug);
    expect(names.length).toBeGreaterThan(0);
    const text = await page.locator("body").innerText();
    for (const name of names) expect(text).not.toContain(name);

    // The calendar's address of a group leads here.
    const old = await page.request.get(`/veranstaltungen/${slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers().location).toContain(`/supervision/${slug}`);

    // Sent empty: every problem is listed, the page stays accessible.
    await page.locator("#bewerbung").getByRole("button", { name: "Bewerbung absenden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
    await expect(page.getByText("Bitte sagen Sie uns, ob Sie zu allen Terminen kommen können.").first()).toBeVisible();
    await expectNoAxeViolations(page);

    const email = uniqueEmail("paula");
    await fillApplication(page, { firstName: "Paula", lastName: "Pate", email, motivation: "Ich begleite seit einem Jahr eine Familie.", all: true, consent: true });
    await page.locator("#bewerbung").getByRole("button", { name: "Bewerbung absenden" }).click();
    // The same page whether the address is new, applied already or a member: the mail tells which.
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen\?art=bewerbung$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Bewerbung" })).toBeVisible();

    const [mail] = await mailsTo(email, (m) => m.subject === `Bewerbung angekommen: ${title}`);
    expect(mail.attachments).toEqual([]);
    await page.goto(manageLink(mail));
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Bewerbung" })).toBeVisible();
    await expect(page.getByText(/Bewerbung eingegangen/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Bewerbung zurückziehen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bewerbung wirklich zurückziehen?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, Bewerbung zurückziehen" }).click();
    await expect(page.getByText("Sie haben Ihre Bewerbung zurückgezogen. Wir haben Ihnen eine Bestätigung geschickt.")).toBeVisible();
    await expect(page.getByText(/Zurückgezogen\./)).toBeVisible();
    await mailsTo(email, (m) => m.subject === `Bewerbung zurückgezogen: ${title}`);
  });

  test("the calendar links groups to their own page", async ({ page }) => {
    await page.goto("/veranstaltungen?format=gruppensupervision");
    const link = page.locator("main article h4 a, main article h3 a").first();
    expect(await link.getAttribute("href")).toMatch(/^\/supervision\/[a-z0-9-]+(\?zurueck=[^&]+)?$/);
  });
});

test.describe("supervision groups without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("field errors next to the fields, what was typed kept, then the application", async ({ page }) => {
    const { title } = await openFirstGroupWithPlaces(page);
    const email = uniqueEmail("jonas");
    await fillApplication(page, { firstName: "Jonas", email, motivation: "Ich helfe in der Kleiderkammer." });
    await page.locator("#bewerbung").getByRole("button", { name: "Bewerbung absenden" }).click();
    const form = page.locator("#bewerbung form");
    await expect(form.getByText("Bitte geben Sie Ihren Nachnamen ein.").last()).toBeVisible();
    await expect(form.getByText("Bitte sagen Sie uns, ob Sie zu allen Terminen kommen können.").last()).toBeVisible();
    await expect(form.getByLabel("Vorname")).toHaveValue("Jonas");
    await expect(form.getByLabel("E-Mail-Adresse")).toHaveValue(email);
    await expect(form.getByLabel(/Erzählen Sie kurz von Ihrem Ehrenamt/)).toHaveValue("Ich helfe in der Kleiderkammer.");
    await fillApplication(page, { lastName: "Jäger", all: true, consent: true });
    await page.locator("#bewerbung").getByRole("button", { name: "Bewerbung absenden" }).click();
    await expect(page).toHaveURL(/\/anmeldung\/eingegangen\?art=bewerbung$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Bewerbung" })).toBeVisible();
    await mailsTo(email, (m) => m.subject === `Bewerbung angekommen: ${title}`);
  });
});
