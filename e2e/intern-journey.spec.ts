import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { signIn } from "./support/intern";
import { mailsTo } from "./support/mailbox";
import { fillRegistration, uniqueEmail } from "./support/registration-form";

/**
 * The whole way of an event through the platform, across the office, a partner and the public:
 * invitation → password → sign-in → new event → review → published → two visitors register →
 * the organiser sees them, checks one in and exports the list → a change of time reaches the other
 * by mail with a new .ics → the cancellation reaches everyone still registered.
 */

const isoDay = (daysAhead: number) => new Date(Date.now() + daysAhead * 24 * 3600_000).toISOString().slice(0, 10);

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function register(browser: Browser, slug: string, firstName: string, email: string) {
  const page = await newPage(browser);
  await page.goto(`/veranstaltungen/${slug}`);
  await fillRegistration(page, { firstName, lastName: "Besucherin", email, initiative: "keine", consent: true });
  await page.getByRole("button", { name: "Platz reservieren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vielen Dank für Ihre Anmeldung" })).toBeVisible();
  await mailsTo(email, (m) => m.subject.startsWith("Anmeldung bestätigt"));
  await page.context().close();
}

test("an event from invitation to cancellation, across office, partner and public", async ({ browser }) => {
  test.setTimeout(300_000);
  const organiserEmail = uniqueEmail("jana.journey");
  const title = `Sprachmittlung im Alltag ${Date.now().toString(36)}`;

  // The office invites a new organiser of the Volkshochschule (which publishes only after review).
  const kim = await newPage(browser);
  await signIn(kim, "kim.koch@mainz.example.org");
  await kim.goto("/intern/konten/einladen");
  await kim.getByLabel("Name").fill("Jana Journey");
  await kim.getByLabel("E-Mail-Adresse").fill(organiserEmail);
  await kim.getByLabel("Rolle").selectOption({ label: "Veranstalter/in" });
  await kim.getByLabel("Organisation").selectOption({ label: "Volkshochschule am Rhein" });
  await kim.getByRole("button", { name: "Einladung senden" }).click();
  await expect(kim.getByText(`Die Einladung an ${organiserEmail} ist unterwegs.`)).toBeVisible();

  // The invitation arrives; she chooses a password and signs in.
  const [invite] = await mailsTo(organiserEmail);
  const link = invite.text.match(/https?:\/\/\S+(\/intern\/passwort-setzen\/[A-Za-z0-9_-]{43})/);
  expect(link).toBeTruthy();
  const jana = await newPage(browser);
  await jana.goto(link![1]);
  const password = "Ein Satz, den sich Jana merkt";
  await jana.getByLabel("Neues Passwort").fill(password);
  await jana.getByLabel("Passwort wiederholen").fill(password);
  await jana.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(jana.getByText("Ihr Passwort ist gespeichert.")).toBeVisible();
  await signIn(jana, organiserEmail, password);

  // She creates the event as a draft and submits it for review.
  await jana.goto("/intern/veranstaltungen/neu");
  await jana.getByLabel("Titel", { exact: true }).fill(title);
  await jana.getByLabel("Kurzbeschreibung", { exact: true }).fill("Wie Sprachmittlung im Alltag gelingt.");
  await jana.getByLabel("Beschreibung", { exact: true }).fill("Ein Abend mit Übungen für Ehrenamtliche.");
  await jana.getByLabel("Format", { exact: true }).selectOption({ label: "Fortbildung" });
  await jana.getByLabel("Veranstaltungsort").selectOption({ index: 1 });
  await jana.getByLabel("Anzahl der Plätze").fill("5");
  const day = isoDay(21);
  await jana.locator("#feld-sessions-0-date").fill(day);
  await jana.locator("#feld-sessions-0-start").fill("18:00");
  await jana.locator("#feld-sessions-0-end").fill("20:00");
  await jana.getByRole("button", { name: "Als Entwurf speichern" }).click();
  await expect(jana.getByRole("status")).toContainText(`Gespeichert: ${title}`);
  await jana.getByRole("link", { name: title, exact: true }).click();
  await expect(jana.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const eventUrl = new URL(jana.url()).pathname;
  await jana.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await expect(jana.getByTestId("event-status")).toHaveText("In Prüfung");

  // Not public yet.
  const visitor = await newPage(browser);
  await visitor.goto(`/veranstaltungen?q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  // The office publishes it from the review queue.
  await kim.goto("/intern/pruefung");
  await kim.getByRole("link", { name: title }).click();
  await kim.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(kim.getByTestId("event-status")).toHaveText("Veröffentlicht");

  // It is in the public calendar; two visitors register.
  await visitor.goto(`/veranstaltungen?q=${encodeURIComponent(title)}`);
  await visitor.getByRole("link", { name: title, exact: true }).first().click();
  await visitor.waitForURL(/\/veranstaltungen\/[^/?]+(\?.*)?$/);
  const slug = new URL(visitor.url()).pathname.split("/").pop()!;
  const checkedIn = uniqueEmail("ida.da");
  const stays = uniqueEmail("paul.bleibt");
  await register(browser, slug, "Ida", checkedIn);
  await register(browser, slug, "Paula", stays);

  // The organiser sees both, checks Ida in and exports the list.
  await jana.goto(`${eventUrl}/teilnehmende`);
  await expect(jana.getByRole("cell", { name: checkedIn })).toBeVisible();
  await expect(jana.getByRole("cell", { name: stays })).toBeVisible();
  await jana.goto(`${eventUrl}/check-in`);
  await expect(jana.getByText("0 von 2 da")).toBeVisible();
  await jana.getByRole("button", { name: "Ida Besucherin ist da" }).click();
  await expect(jana.getByText("1 von 2 da")).toBeVisible();

  await jana.goto(`${eventUrl}/teilnehmende`);
  const csvDownload = jana.waitForEvent("download");
  await jana.getByRole("link", { name: "CSV-Datei (für Excel)" }).click();
  const csv = await readFile((await (await csvDownload).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString("utf8").slice(1).split("\r\n");
  expect(lines[0].split(";").length).toBeGreaterThan(4);
  expect(lines.find((l) => l.includes(checkedIn))).toContain("Teilgenommen");
  expect(lines.find((l) => l.includes(stays))).toContain("Bestätigt");

  const xlsxDownload = jana.waitForEvent("download");
  await jana.getByRole("link", { name: "Excel-Datei (XLSX)" }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await xlsxDownload).path())!);
  const sheet = book.worksheets[0];
  const cells: string[] = [];
  sheet.eachRow((row) => cells.push(JSON.stringify(row.values)));
  expect(cells.some((c) => c.includes(checkedIn))).toBe(true);
  expect(cells.some((c) => c.includes(stays))).toBe(true);

  // A change of time: Paula (still registered) gets the change mail with a new .ics.
  await jana.goto(`${eventUrl}/bearbeiten`);
  await jana.locator("#feld-sessions-0-start").fill("18:30");
  await jana.locator("#feld-sessions-0-end").fill("20:30");
  await jana.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(jana.getByRole("status")).toContainText(`Gespeichert: ${title}`);
  const [changed] = await mailsTo(stays, (m) => m.subject === `Geändert: ${title}`);
  const ics = changed.attachments.find((a) => a.filename.endsWith(".ics"));
  expect(ics).toBeTruthy();
  const vevent = new ICAL.Component(ICAL.parse(ics!.content)).getFirstSubcomponent("vevent")!;
  expect(vevent.getFirstPropertyValue("sequence")).toBe(1);
  expect((vevent.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toMatch(/T1[67]:30:00\.000Z$/);

  // The cancellation reaches everyone still registered.
  await jana.goto(`${eventUrl}/absagen`);
  await jana.getByLabel("Grund der Absage").fill("Die Referentin ist erkrankt.");
  await jana.getByLabel(/Ja, ich möchte die Veranstaltung absagen/).check();
  await jana.getByRole("button", { name: "Veranstaltung absagen" }).click();
  await expect(jana.getByTestId("event-status")).toHaveText("Abgesagt");
  const [cancelled] = await mailsTo(stays, (m) => m.subject === `Abgesagt: ${title}`);
  expect(cancelled.text).toContain("Die Referentin ist erkrankt.");
  await visitor.goto(`/veranstaltungen/${slug}`);
  await expect(visitor.getByText(/abgesagt/i).first()).toBeVisible();
});
