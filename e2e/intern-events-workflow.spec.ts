import { expect, test, type Browser, type Page } from "@playwright/test";
import { createClient } from "@libsql/client";
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { uniqueEmail } from "./support/registration-form";
import { createTestEvent } from "./support/test-db";

/**
 * The publishing workflow of /intern: an untrusted partner submits, the office reviews (publishes
 * or sends back with a comment), and a cancellation reaches every participant by mail.
 */

const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });
const PASSWORD = "Demo-Passwort-2026";

/**
 * An event of the Volkshochschule (not trusted) in the given status, two weeks ahead, optionally
 * with participants: the shared test event, moved to the Volkshochschule and into the status.
 */
async function createVhsEvent(status: "draft" | "in_review" | "published", people: { email: string; status: "confirmed" | "waitlisted" }[] = []) {
  const event = await createTestEvent({ capacity: 1, title: `Workflow-Test ${randomUUID().slice(0, 8)}` });
  const now = Date.now();
  await db.execute({
    sql: `update events set organisation_id = (select id from organisations where slug = 'volkshochschule-am-rhein'), status = ?,
            published_at = ?, submitted_at = ? where id = ?`,
    args: [status, status === "published" ? now : null, status === "in_review" ? now : null, event.id],
  });
  for (const [i, p] of people.entries()) {
    await db.execute({
      sql: `insert into registrations (event_id, status, first_name, last_name, email, email_normalized, answers, source, created_at, updated_at)
            values (?, ?, ?, 'Test', ?, ?, '{}', 'online', ?, ?)`,
      args: [event.id, p.status, `Person${i}`, p.email, p.email, now + i, now + i],
    });
  }
  return event;
}

async function signIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await page.goto("/intern/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/intern$/);
  return page;
}

const statusOf = (page: Page) => page.getByTestId("event-status");

test.describe("intern: event workflow", () => {
  // Two or three sign-ins (argon2id), axe runs and mail round trips per test, on a shared 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test("an organiser submits, the office publishes from the review queue, the public calendar shows it", async ({ browser }) => {
    const event = await createVhsEvent("draft");
    await db.execute({
      sql: `insert into event_questions (event_id, position, kind, label, required, options) values (?, 0, 'single_choice', 'Wie gut kennen Sie das Thema?', 1, '["gar nicht","etwas","gut"]')`,
      args: [event.id],
    });
    const omar = await signIn(browser, "omar.okafor@vhs-am-rhein.example.org");
    await omar.goto(`/intern/veranstaltungen/${event.id}`);
    await expect(omar.getByRole("heading", { level: 1, name: event.title })).toBeVisible();
    await expect(statusOf(omar)).toHaveText("Entwurf");
    // Not trusted: no way to publish directly.
    await expect(omar.getByRole("button", { name: "Veröffentlichen" })).toHaveCount(0);
    await expectNoAxeViolations(omar);
    await omar.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
    await expect(omar.getByRole("status")).toContainText("zur Prüfung eingereicht");
    await expect(statusOf(omar)).toHaveText("In Prüfung");
    await mailsTo("kim.koch@mainz.example.org", (m) => m.subject === `Zur Prüfung eingereicht: ${event.title}`);
    // The review queue is the office's.
    expect((await omar.goto("/intern/pruefung"))?.status()).toBe(404);

    const kim = await signIn(browser, "kim.koch@mainz.example.org");
    await kim.goto("/intern/pruefung");
    await expect(kim.getByRole("heading", { level: 1, name: "Zur Prüfung eingereicht" })).toBeVisible();
    // The submission time is shown (it used to read "Eingereicht am –").
    await expect(kim.getByRole("row").filter({ hasText: event.title }).getByRole("cell").last()).toContainText("Uhr");
    await expectNoAxeViolations(kim);
    await kim.getByRole("link", { name: event.title }).click();
    await expect(kim).toHaveURL(new RegExp(`/intern/veranstaltungen/${event.id}$`));
    // The review item: the public page as it will look, the form's extra questions, when it came in.
    await expect(kim.getByTestId("event-preview").getByRole("heading", { level: 3, name: event.title })).toBeVisible();
    await expect(kim.getByTestId("event-preview")).toContainText("Eine Veranstaltung nur für Tests.");
    await expect(kim.getByTestId("event-preview").getByRole("heading", { name: "Beschreibung" })).toBeVisible();
    await expect(kim.getByTestId("event-questions")).toContainText("Wie gut kennen Sie das Thema?");
    await expect(kim.getByTestId("event-questions")).toContainText("Pflichtfrage");
    await expect(kim.getByTestId("event-questions")).toContainText("gar nicht / etwas / gut");
    await expect(kim.getByText("Eingereicht am")).toBeVisible();
    await expectNoAxeViolations(kim);
    await kim.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(statusOf(kim)).toHaveText("Veröffentlicht");
    await expectNoAxeViolations(kim);
    await mailsTo("omar.okafor@vhs-am-rhein.example.org", (m) => m.subject === `Veröffentlicht: ${event.title}`);

    const visitor = await browser.newPage();
    await visitor.goto(`/veranstaltungen/${event.slug}`);
    await expect(visitor.getByRole("heading", { level: 1, name: event.title })).toBeVisible();
  });

  test("the office sends an event back with a comment that the organiser sees", async ({ browser }) => {
    const event = await createVhsEvent("in_review");
    const kim = await signIn(browser, "kim.koch@mainz.example.org");
    await kim.goto(`/intern/veranstaltungen/${event.id}`);
    await kim.getByRole("button", { name: "Zurückgeben" }).click();
    await expect(kim.getByText("Bitte schreiben Sie, was der Träger ändern soll.").first()).toBeVisible();
    await kim.getByLabel("Was soll der Träger ändern?").fill("Bitte ergänzen Sie den Raum.");
    await kim.getByRole("button", { name: "Zurückgeben" }).click();
    await expect(statusOf(kim)).toHaveText("Entwurf");

    const omar = await signIn(browser, "omar.okafor@vhs-am-rhein.example.org");
    await omar.goto(`/intern/veranstaltungen/${event.id}`);
    await expect(omar.getByRole("heading", { name: "Zurückgegeben von der Flüchtlingskoordination" })).toBeVisible();
    await expect(omar.getByText("Bitte ergänzen Sie den Raum.")).toBeVisible();
    await expectNoAxeViolations(omar);
    const [mail] = await mailsTo("omar.okafor@vhs-am-rhein.example.org", (m) => m.subject === `Bitte überarbeiten: ${event.title}`);
    expect(mail.text).toContain("Bitte ergänzen Sie den Raum.");
  });

  test("cancelling a published event mails every participant with a cancelled .ics", async ({ browser }) => {
    const people = [
      { email: uniqueEmail("zoe"), status: "confirmed" as const },
      { email: uniqueEmail("yusuf"), status: "waitlisted" as const },
    ];
    const event = await createVhsEvent("published", people);
    const anna = await signIn(browser, "anna.adler@vhs-am-rhein.example.org");
    await anna.goto(`/intern/veranstaltungen/${event.id}`);
    await expect(anna.getByText("1 von 1 belegt")).toBeVisible();
    // The everyday work is up front; cancelling is a quiet link to its own page that says who is told.
    await expect(anna.getByRole("link", { name: "Teilnehmende", exact: true })).toBeVisible();
    await expect(anna.getByRole("button", { name: "Veranstaltung absagen" })).toHaveCount(0);
    await anna.getByRole("link", { name: "Veranstaltung absagen" }).click();
    await expect(anna).toHaveURL(new RegExp(`/intern/veranstaltungen/${event.id}/absagen$`));
    await expect(anna.getByTestId("cancel-consequences")).toContainText("1 Person mit Platz bekommt sofort eine E-Mail");
    await expect(anna.getByTestId("cancel-consequences")).toContainText("1 Person auf der Warteliste");
    await expectNoAxeViolations(anna);
    await anna.getByRole("button", { name: "Veranstaltung absagen" }).click();
    await expect(anna.getByText("Bitte bestätigen Sie die Absage.").first()).toBeVisible();
    await anna.getByLabel("Grund der Absage").fill("Die Referentin ist erkrankt.");
    await anna.getByLabel(/Ja, ich möchte die Veranstaltung absagen/).check();
    await anna.getByRole("button", { name: "Veranstaltung absagen" }).click();
    await expect(statusOf(anna)).toHaveText("Abgesagt");
    await expect(anna.getByText("Grund: Die Referentin ist erkrankt.")).toBeVisible();

    for (const person of people) {
      const [mail] = await mailsTo(person.email, (m) => m.subject === `Abgesagt: ${event.title}`);
      expect(mail.text).toContain("Die Referentin ist erkrankt.");
      const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"))!;
      const vevent = new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent("vevent")!;
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
    }
  });

  test("without JavaScript, cancelling needs the ticked confirmation, and closing registration works", async ({ browser }) => {
    const event = await createVhsEvent("published");
    const anna = await signIn(browser, "anna.adler@vhs-am-rhein.example.org", { javaScriptEnabled: false });
    await anna.goto(`/intern/veranstaltungen/${event.id}`);
    await anna.getByRole("link", { name: "Veranstaltung absagen" }).click();
    await anna.getByLabel("Grund der Absage").fill("Raum nicht verfügbar.");
    await anna.getByRole("button", { name: "Veranstaltung absagen" }).click();
    await expect(anna.getByText("Bitte bestätigen Sie die Absage.").first()).toBeVisible();
    await expect(anna.getByLabel("Grund der Absage")).toHaveValue("Raum nicht verfügbar.");
    await anna.goto(`/intern/veranstaltungen/${event.id}`);
    await expect(statusOf(anna)).toHaveText("Veröffentlicht");
    await anna.getByRole("button", { name: "Anmeldung schließen" }).click();
    await expect(anna.getByText("Die Anmeldung ist geschlossen.")).toBeVisible();
    await expect(anna.getByRole("button", { name: "Anmeldung wieder öffnen" })).toBeVisible();
  });
});
