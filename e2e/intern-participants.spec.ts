import { readFile } from "node:fs/promises";
import { createClient } from "@libsql/client";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectNoAxeViolations } from "./support/axe";
import { mailsTo } from "./support/mailbox";
import { createTestEvent } from "./support/test-db";

/** The end-to-end database (the servers' own file), to find demo events and add fixture people. */
const db = createClient({ url: "file:./data/e2e.db", timeout: 10_000 });

async function signIn(page: Page, email: string) {
  await page.goto("/intern/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill("Demo-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/intern$/);
}

/** An upcoming published demo event of an organisation with at least three confirmed people. */
async function demoEventWithPeople(organisationSlug: string) {
  const rows = await db.execute({
    sql: `select e.id, e.title, e.slug from events e join organisations o on o.id = e.organisation_id
          where o.slug = ? and e.status = 'published' and e.starts_at > ?
            and (select count(*) from registrations r where r.event_id = e.id and r.status = 'confirmed') >= 3
          order by e.starts_at limit 1`,
    args: [organisationSlug, Date.now()],
  });
  const row = rows.rows[0];
  const person = await db.execute({ sql: "select first_name, last_name from registrations where event_id = ? and status = 'confirmed' order by id limit 1", args: [row.id] });
  return { id: Number(row.id), title: String(row.title), slug: String(row.slug), person: { firstName: String(person.rows[0].first_name), lastName: String(person.rows[0].last_name) } };
}

async function addPerson(eventId: number, firstName: string, lastName: string, status = "confirmed") {
  const now = Date.now();
  await db.execute({
    sql: "insert into registrations (event_id, status, first_name, last_name, answers, source, created_at, updated_at) values (?, ?, ?, ?, '{}', 'online', ?, ?)",
    args: [eventId, status, firstName, lastName, now, now],
  });
}

test.describe("participants of an event (signed-in area)", () => {
  test("the office lists, searches, adds a person by hand, exports and prints", async ({ page }) => {
    const event = await demoEventWithPeople("volkshochschule-am-rhein");
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto(`/intern/veranstaltungen/${event.id}/teilnehmende`);
    await expect(page.getByRole("heading", { level: 1, name: "Teilnehmende" })).toBeVisible();
    await expect(page.getByText(event.title).first()).toBeVisible();
    await expect(page.getByText(/\d+ von \d+ Plätzen belegt/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Name oder E-Mail-Adresse").fill(event.person.lastName);
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(event.person.lastName)}`));
    const rows = page.locator("tbody tr");
    await expect(rows.first()).toContainText(event.person.lastName);
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain(event.person.lastName.toLowerCase());

    await page.getByRole("link", { name: "Person eintragen (Telefon-Anmeldung)" }).click();
    await page.getByRole("button", { name: "Person eintragen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie Ihre Angaben" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Vorname").fill("Telefonia");
    await page.getByLabel("Nachname").fill("Anruferin");
    await page.getByLabel("Telefon").fill("06131 555");
    await page.getByLabel("Notiz").fill("hat angerufen");
    await page.getByRole("button", { name: "Person eintragen" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Die Person ist eingetragen|Die Person steht auf der Warteliste/ })).toBeVisible();
    const row = page.locator("tr", { hasText: "Telefonia Anruferin" });
    await expect(row).toContainText("von Mitarbeitenden eingetragen");
    await expect(row).toContainText("keine E-Mail-Adresse");
    await expect(row).toContainText("hat angerufen");

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV-Datei (für Excel)" }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`teilnehmende-${event.slug}.csv`);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0].startsWith("Name;E-Mail;Telefon;Initiative;Status;Angemeldet am")).toBe(true);
    expect(lines.some((l) => l.startsWith("Telefonia Anruferin;;06131 555;"))).toBe(true);

    const xlsxDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel-Datei (XLSX)" }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toBe(`teilnehmende-${event.slug}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Name");
    expect(sheet.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    const names = sheet.getColumn(1).values.map(String);
    expect(names).toContain("Telefonia Anruferin");

    await page.getByRole("link", { name: "Unterschriftenliste zum Drucken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Unterschriftenliste: ${event.title}` })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Unterschrift" })).toBeVisible();
    await expect(page.getByText("Drucken Sie diese Seite")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Interner Bereich" })).toBeHidden();
  });

  test("check-in on a phone: search, tap Da, the count and the state change", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const event = await createTestEvent({ capacity: 5 });
    await addPerson(event.id, "Carla", "Checkin");
    await addPerson(event.id, "Daniel", "Dabei");
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto(`/intern/veranstaltungen/${event.id}/check-in`);
    await expect(page.getByText("0 von 2 da")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Name suchen").fill("carla");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page.locator("li", { hasText: "Daniel Dabei" })).toHaveCount(0);
    const present = page.getByRole("button", { name: "Carla Checkin ist da" });
    const box = await present.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await present.click();
    await expect(page.getByText("1 von 2 da")).toBeVisible();
    await expect(page.locator("li", { hasText: "Carla Checkin" })).toContainText("Ist da");
    await expect(page).toHaveURL(/q=carla/);
    await page.getByRole("button", { name: "Carla Checkin ist nicht da" }).click();
    await expect(page.getByText("0 von 2 da")).toBeVisible();
    await expect(page.locator("li", { hasText: "Carla Checkin" })).toContainText("Nicht da");
    // A wrong tap is undone: the person is open again.
    await page.getByRole("button", { name: "Markierung von Carla Checkin zurücksetzen (wieder offen)" }).click();
    await expect(page.getByText("0 von 2 da")).toBeVisible();
    await expect(page.locator("li", { hasText: "Carla Checkin" })).toContainText("Noch offen");
    await expect(page.getByRole("button", { name: /Carla Checkin zurücksetzen/ })).toHaveCount(0);
    // The header is small on a phone: the navigation folds into a menu that opens without JavaScript.
    expect((await page.locator("header").first().boundingBox())!.height).toBeLessThan(844 * 0.2);
    const nav = page.getByRole("navigation", { name: "Interner Bereich" });
    await expect(nav).toBeHidden();
    await page.getByText("Menü", { exact: true }).click();
    await expect(nav.getByRole("link", { name: "Veranstaltungen" })).toBeVisible();
    // The counter stays at the top while the list scrolls.
    const counter = page.getByTestId("check-in-count");
    expect(await counter.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const counterBox = (await counter.boundingBox())!;
    expect(counterBox.y).toBeGreaterThanOrEqual(0);
    expect(counterBox.y + counterBox.height).toBeLessThanOrEqual(844);
    await expectNoAxeViolations(page);
  });

  test("without JavaScript: the check-in buttons and the search still work", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const event = await createTestEvent({ capacity: 3 });
    await addPerson(event.id, "Nora", "Ohnejs");
    await signIn(page, "kim.koch@mainz.example.org");
    await page.goto(`/intern/veranstaltungen/${event.id}/check-in`);
    await page.getByLabel("Name suchen").fill("nora");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.getByRole("button", { name: "Nora Ohnejs ist da" }).click();
    await expect(page.getByText("1 von 1 da")).toBeVisible();
    await expect(page).toHaveURL(/check-in\?q=nora#person-\d+$/);
    await expect(page.locator("li", { hasText: "Nora Ohnejs" })).toContainText("Ist da");
    await context.close();
  });

  test("moving from the waiting list needs the override when full; cancelling promotes and mails", async ({ page }) => {
    const event = await createTestEvent({ capacity: 1 });
    await signIn(page, "kim.koch@mainz.example.org");
    const add = async (firstName: string, email: string) => {
      await page.goto(`/intern/veranstaltungen/${event.id}/teilnehmende/neu`);
      await page.getByLabel("Vorname").fill(firstName);
      await page.getByLabel("Nachname").fill("Test");
      if (email) await page.getByLabel("E-Mail-Adresse").fill(email);
      await page.getByRole("button", { name: "Person eintragen" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Die Person" })).toBeVisible();
    };
    const stamp = Date.now();
    await add("Sitzende", `sitzt-${stamp}@example.org`);
    await add("Wartende", `wartet-${stamp}@example.org`);
    const waiting = page.locator("tr", { hasText: "Wartende Test" });
    await expect(waiting).toContainText("Warteliste, Platz 1");
    await waiting.getByRole("button", { name: /Auf die Veranstaltung setzen/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Es ist kein Platz frei" })).toBeVisible();
    await expect(waiting).toContainText("Warteliste, Platz 1");

    await page.locator("tr", { hasText: "Sitzende Test" }).getByRole("link", { name: /Abmelden/ }).click();
    await expect(page.getByRole("heading", { name: "Person abmelden?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, abmelden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Person ist abgemeldet." })).toBeVisible();
    await expect(page.locator("tr", { hasText: "Sitzende Test" })).toContainText("Abgemeldet");
    await expect(page.locator("tr", { hasText: "Wartende Test" })).toContainText("Bestätigt");
    await mailsTo(`wartet-${stamp}@example.org`, (m) => m.subject.startsWith("Ein Platz ist frei"));
    await mailsTo(`sitzt-${stamp}@example.org`, (m) => m.subject.startsWith("Abmeldung bestätigt"));

    // Over capacity only with the explicit override.
    await add("Ohnemail", "");
    const third = page.locator("tr", { hasText: "Ohnemail Test" });
    await expect(third).toContainText("Warteliste, Platz 1");
    await third.getByLabel(/über die Kapazität hinaus/).check();
    await third.getByRole("button", { name: /Auf die Veranstaltung setzen/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Person ist jetzt fest angemeldet." })).toBeVisible();
    await expect(page.getByText("2 von 1 Plätzen belegt")).toBeVisible();

    // A message to selected people; the one without an address is listed as not reachable.
    await page.getByRole("link", { name: "Nachricht an Teilnehmende schreiben" }).click();
    await expect(page.getByRole("region", { name: "Ohne E-Mail-Adresse, nicht erreichbar" })).toContainText("Ohnemail Test");
    await expectNoAxeViolations(page);
    await page.getByLabel("Nur die ausgewählten Personen").check();
    await page.getByLabel("Wartende Test (Bestätigt)").check();
    await page.getByLabel("Betreff").fill("Treffpunkt");
    await page.getByLabel("Nachricht", { exact: true }).fill("Wir treffen uns am Haupteingang.");
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Bitte bestätigen Sie" })).toBeVisible();
    await page.getByLabel("Ja, die Nachricht jetzt an die gewählten Personen senden.").check();
    await page.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die Nachricht geht an 1 Person." })).toBeVisible();
    const [message] = await mailsTo(`wartet-${stamp}@example.org`, (m) => m.subject.startsWith("Treffpunkt"));
    expect(message.text).toContain("Wir treffen uns am Haupteingang.");
    expect(message.text).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
  });

  test("a partner gets 404 for another organisation's participants and exports", async ({ page, request }) => {
    const foreign = await demoEventWithPeople("wohlfahrtsverband-rheinhessen");
    // Without a session the export sends to the sign-in page and gives nothing away.
    const anonymous = await request.get(`/intern/veranstaltungen/${foreign.id}/teilnehmende/export.csv`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect(anonymous.headers().location).toContain("/intern/anmelden?weiter=");
    await signIn(page, "anna.adler@vhs-am-rhein.example.org");
    for (const path of ["teilnehmende", "teilnehmende/export.csv", "teilnehmende/export.xlsx", "teilnehmende/unterschriften", "check-in"]) {
      const response = await page.request.get(`/intern/veranstaltungen/${foreign.id}/${path}`);
      expect(response.status(), path).toBe(404);
    }
    const response = await page.goto(`/intern/veranstaltungen/${foreign.id}/teilnehmende`);
    expect(response!.status()).toBe(404);
    await expect(page.getByText(foreign.person.lastName)).toHaveCount(0);
  });
});
