import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { signIn } from "./support/intern";
import { mailsTo } from "./support/mailbox";
import { uniqueEmail } from "./support/registration-form";
import { groupWithPlaces } from "./support/test-db";

/**
 * A supervision group from the applicant's first click to the first session: apply on the public
 * page → the office accepts → the acceptance mail carries one .ics with every session → attendance
 * is taken for the first session.
 */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

test("apply, be accepted with every session in the calendar file, and be marked present", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("paula.pate");

  // A group with open places, from the public list.
  const { slug: groupSlug, title } = await groupWithPlaces();
  await page.goto("/supervision");
  const card = page.locator("article").filter({ has: page.locator(`a[href$="/supervision/${groupSlug}"]`) });
  await expect(card).toContainText("Plätze frei");
  await card.locator(`a[href$="/supervision/${groupSlug}"]`).first().click();
  await page.waitForURL(/\/supervision\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split("/").pop()!;

  // Apply (the form refuses bots that are faster than a second).
  const shownAt = Date.now();
  const form = page.locator("#bewerbung form");
  await form.getByLabel("Vorname").fill("Paula");
  await form.getByLabel("Nachname").fill("Pate");
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await form.getByLabel("Ich bin (noch) in keiner Initiative").check();
  await form.getByLabel(/Erzählen Sie kurz von Ihrem Ehrenamt/).fill("Ich begleite seit einem Jahr eine Familie.");
  await form.getByLabel("Ja, zu allen Terminen").check();
  await form.getByLabel(/Ich bin einverstanden/).check();
  await page.waitForTimeout(Math.max(0, 1200 - (Date.now() - shownAt)));
  await page.locator("#bewerbung").getByRole("button", { name: "Bewerbung absenden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Bewerbung" })).toBeVisible();

  const group = await db.execute({ sql: "select id from events where slug = ?", args: [slug] });
  const groupId = Number(group.rows[0].id);
  const sessions = await db.execute({ sql: "select id, starts_at from event_sessions where event_id = ? order by starts_at, id", args: [groupId] });

  // The office reads the application and accepts Paula.
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "kim.koch@mainz.example.org");
  await office.goto(`/intern/veranstaltungen/${groupId}/bewerbungen`);
  const paula = office.locator("li", { has: office.getByRole("heading", { name: "Paula Pate", exact: true }) });
  await expect(paula.getByText("Ich begleite seit einem Jahr eine Familie.")).toBeVisible();
  await paula.getByRole("button", { name: "Aufnehmen" }).click();
  await expect(office.getByRole("status").filter({ hasText: "Die Person ist aufgenommen" })).toBeVisible();

  // The acceptance mail: one .ics with one VEVENT per session, at the sessions' times.
  const [accepted] = await mailsTo(email, (m) => m.subject === `Sie sind in der Gruppe: ${title}`);
  const ics = accepted.attachments.find((a) => a.filename.endsWith(".ics"));
  expect(ics).toBeTruthy();
  const vevents = new ICAL.Component(ICAL.parse(ics!.content)).getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(sessions.rows.length);
  const starts = vevents.map((v) => (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).sort();
  expect(starts).toEqual(sessions.rows.map((s) => Number(s.starts_at)).sort());

  // Attendance for the first session.
  const registration = await db.execute({ sql: "select id from registrations where event_id = ? and email_normalized = ?", args: [groupId, email] });
  const registrationId = Number(registration.rows[0].id);
  await office.goto(`/intern/veranstaltungen/${groupId}/anwesenheit?termin=${Number(sessions.rows[0].id)}`);
  await office.locator(`#person-${registrationId}`).getByRole("button", { name: "Paula Pate: anwesend" }).click();
  await expect(office.getByTestId(`total-${registrationId}`)).toContainText(`1 von ${sessions.rows.length}`);
  await checkNothingPublic(page, slug);
});

/** The group's public page names nobody. */
async function checkNothingPublic(page: Page, slug: string) {
  await page.goto(`/supervision/${slug}`);
  await expect(page.getByText("Paula Pate")).toHaveCount(0);
  await expect(page.getByText("Ich begleite seit einem Jahr eine Familie.")).toHaveCount(0);
}
