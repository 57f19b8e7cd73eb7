import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";
import { mailsTo } from "./support/mailbox";

/**
 * The office decides on applications to a demo supervision group: accept (the mail brings an .ics
 * with every session), decline with a message, and a full group puts the next applicant on the waiting list.
 * Another partner organisation gets a 404. Applications are put into the database directly (the
 * public application form is another journey).
 */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });
const stamp = Date.now();
const email = (name: string) => `${name}.${stamp}@example.org`;

/** The last upcoming demo group (other journeys take the first), emptied so that the test knows its figures. */
async function demoGroup() {
  const rows = await db.execute({
    sql: `select e.id, e.capacity from events e join formats f on f.id = e.format_id
          where f.slug = 'gruppensupervision' and e.status = 'published' and e.starts_at > ? order by e.starts_at desc limit 1`,
    args: [Date.now()],
  });
  const id = Number(rows.rows[0].id);
  await db.execute({ sql: "update registrations set status = 'cancelled' where event_id = ?", args: [id] });
  const sessions = await db.execute({ sql: "select count(*) as n from event_sessions where event_id = ?", args: [id] });
  return { id, capacity: Number(rows.rows[0].capacity), sessions: Number(sessions.rows[0].n) };
}

async function addApplication(eventId: number, firstName: string, status = "applied", motivation: string | null = null) {
  const now = Date.now();
  const address = email(firstName.toLowerCase());
  await db.execute({
    sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, source, motivation, can_attend_all, created_at, updated_at)
          values (?, ?, ?, 'Test', ?, ?, '{}', 'online', ?, 1, ?, ?)`,
    args: [eventId, status, firstName, address, address, motivation, now, now],
  });
}

const person = (page: Page, name: string) => page.locator("li", { has: page.getByRole("heading", { name: `${name} Test`, exact: true }) });

test("the office accepts, declines, and a full group puts the next applicant on the waiting list; another partner gets 404", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const group = await demoGroup();
  await addApplication(group.id, "Anna", "applied", "Ich begleite seit zwei Jahren eine Familie aus Syrien.");
  await addApplication(group.id, "Bruno");
  await addApplication(group.id, "Clara");
  const path = `/intern/veranstaltungen/${group.id}/bewerbungen`;

  await signIn(page, "kim.koch@mainz.example.org");
  await page.goto(`/intern/veranstaltungen/${group.id}`);
  await page.getByRole("link", { name: "Bewerbungen" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByText("Ich begleite seit zwei Jahren eine Familie aus Syrien.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Accept Anna: the mail lists every date and brings one .ics with every session.
  await person(page, "Anna").getByRole("button", { name: "Aufnehmen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "aufgenommen" })).toBeVisible();
  const [accepted] = await mailsTo(email("anna"), (m) => m.subject.startsWith("Sie sind in der Gruppe"));
  expect(accepted.text).toContain(`Termin ${group.sessions}:`);
  const ics = accepted.attachments.find((a) => a.filename.endsWith(".ics"));
  expect(ics).toBeDefined();
  expect(new ICAL.Component(ICAL.parse(ics!.content)).getAllSubcomponents("vevent")).toHaveLength(group.sessions);

  // Decline Bruno with a kind message: it arrives in the mail.
  await person(page, "Bruno").getByText("Absagen").click();
  await person(page, "Bruno").getByLabel("Persönliche Nachricht (freiwillig)").fill("Im Frühjahr beginnt eine neue Gruppe.");
  await person(page, "Bruno").getByRole("button", { name: "Absage senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Absage ist verschickt" })).toBeVisible();
  const [declined] = await mailsTo(email("bruno"), (m) => m.subject.startsWith("Ihre Bewerbung"));
  expect(declined.text).toContain("Im Frühjahr beginnt eine neue Gruppe.");

  // The group fills up while the page is open: accepting Clara puts her on the waiting list instead.
  for (let n = 1; n < group.capacity; n++) await addApplication(group.id, `Mitglied${n}`, "confirmed");
  await person(page, "Clara").getByRole("button", { name: "Aufnehmen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Die Gruppe ist voll. Die Person steht jetzt auf der Warteliste" })).toBeVisible();
  const [waiting] = await mailsTo(email("clara"), (m) => m.subject.startsWith("Warteliste:"));
  expect(waiting.text).toMatch(/auf Platz \d+/);

  // A partner of another organisation: the page does not exist for them.
  const other = await browser.newPage();
  await signIn(other, "anna.adler@vhs-am-rhein.example.org");
  const response = await other.goto(path);
  expect(response?.status()).toBe(404);
  await other.close();
});
