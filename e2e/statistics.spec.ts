import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/intern";

/**
 * The statistics and the funding report: the office opens the page, changes the period, sees a
 * chart with its table, downloads XLSX and PDF whose totals are the page's (and the API's); a
 * partner sees only its own organisation.
 */

type Stats = { totals: Record<string, number | null>; organisationName: string | null; byOrganisation: { label: string }[]; events: { organisation: string }[] };

function tempFile(name: string, body: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "statistik-")), name);
  writeFileSync(file, body);
  return file;
}

async function summaryOf(body: Buffer): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Übersicht")!;
  const values = new Map<string, unknown>();
  sheet.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
  return values;
}

const day = 24 * 3600 * 1000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const period = { von: isoDay(Date.now() - 180 * day), bis: isoDay(Date.now() - day) };
const query = `von=${period.von}&bis=${period.bis}`;

test("the office: period, chart and table, XLSX and PDF with the page's totals", async ({ page }) => {
  await signIn(page, "kim.koch@mainz.example.org");
  await page.goto("/intern/statistik");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Statistik ${new Date().getFullYear()}`);
  // The last 180 days hold past demo events whatever today is (the demo is relative to today).
  await page.getByLabel("Von", { exact: true }).fill(period.von);
  await page.getByLabel("Bis", { exact: true }).fill(period.bis);
  await page.getByRole("button", { name: "Statistik anzeigen" }).click();
  await expect(page).toHaveURL(new RegExp(`von=${period.von}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(" bis ");
  await expectNoAxeViolations(page);
  const chart = page.locator("figure").filter({ has: page.locator("svg") }).first();
  await expect(chart.locator("figcaption")).toBeVisible();
  await expect(chart.locator("svg")).toBeVisible();
  await expect(page.locator("table caption").first()).toBeVisible();

  const api = (await (await page.request.get(`/api/v1/statistics?${query}`)).json()) as Stats;
  expect(api.totals.eventsHeld).toBeGreaterThan(0);
  // The page shows the same figures as the API and the downloads.
  const figure = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(figure("Veranstaltungen durchgeführt")).toHaveText(api.totals.eventsHeld!.toLocaleString("de-DE"));
  await expect(figure("Anmeldungen")).toHaveText(api.totals.registrations!.toLocaleString("de-DE"));

  const xlsx = await page.request.get(`/intern/statistik/bericht.xlsx?${query}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toContain(`Verwendungsnachweis-${period.von}_${period.bis}.xlsx`);
  const summary = await summaryOf(await xlsx.body());
  expect(summary.get("Durchgeführte Veranstaltungen")).toBe(api.totals.eventsHeld);
  expect(summary.get("Anmeldungen")).toBe(api.totals.registrations);
  expect(summary.get("Teilgenommen")).toBe(api.totals.attended);

  const pdf = await page.request.get(`/intern/statistik/bericht.pdf?${query}`);
  expect(pdf.status()).toBe(200);
  const text = execFileSync("pdftotext", ["-layout", tempFile("bericht.pdf", await pdf.body()), "-"], { encoding: "utf8" });
  expect(text).toContain("Verwendungsnachweis – Statistischer Teil");
  expect(text).toContain(" bis ");
  expect(text).toMatch(new RegExp(`Durchgeführte Veranstaltungen\\s+${api.totals.eventsHeld}\\b`));

  // A bad period: a German message, no error page.
  await page.goto("/intern/statistik?jahr=20x6");
  await expect(page.getByText("Bitte geben Sie ein Jahr zwischen 2000 und 2100 an.")).toBeVisible();
  expect((await page.request.get("/intern/statistik/bericht.pdf?jahr=20x6")).status()).toBe(400);
});

test("a partner sees only its own organisation, whatever it asks for", async ({ page }) => {
  await signIn(page, "anna.adler@vhs-am-rhein.example.org");
  const office = (await (await page.request.get(`/api/v1/statistics?${query}&traeger=1`)).json()) as Stats;
  expect(office.organisationName).toBe("Volkshochschule am Rhein");
  expect(office.events.every((e) => e.organisation === "Volkshochschule am Rhein")).toBe(true);
  await page.goto(`/intern/statistik?${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Volkshochschule am Rhein");
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const xlsx = await page.request.get(`/intern/statistik/bericht.xlsx?${query}`);
  const summary = await summaryOf(await xlsx.body());
  expect(summary.get("Träger")).toBe("Volkshochschule am Rhein");
  expect(summary.get("Durchgeführte Veranstaltungen")).toBe(office.totals.eventsHeld);
});

test("without a session the statistics API answers 401 as problem+json", async ({ request }) => {
  const response = await request.get("/api/v1/statistics?jahr=2026");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(((await response.json()) as { title: string }).title).toBe("Anmeldung nötig");
});
