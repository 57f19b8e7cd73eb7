import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDF_EVENT_ROWS_MAX, statisticsReportPdf } from "@/lib/statistics/report-pdf";
import { numberFormats, statisticsWorkbook } from "@/lib/statistics/report-xlsx";
import { authzContext, type AuthzContext } from "./authz/context";
import { emptyStatistics, fixtureStatistics } from "./support/statistics-fixture";
import { eventWithComment, eventWithLoneComment, workbookTexts } from "./support/report-fixtures";

/**
 * The funding report ("Verwendungsnachweis – Statistischer Teil"): the XLSX read back with
 * exceljs, the PDF read back with poppler, both built from a hand-made Statistics object; then
 * buildReport (what the two routes call) on the demo database: 400 for a bad period, the file
 * name, free texts only when asked for, never of supervision groups, the audit entry.
 */
const generatedAt = new Date("2026-12-02T10:00:00Z");
const comments = ["Sehr hilfreich, gerne mehr davon. Meldet euch: max.muster@example.org", "Die Räume waren zu klein."];
const dir = mkdtempSync(path.join(tmpdir(), "statistics-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function pdfText(body: Buffer, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("the XLSX", () => {
  const stats = fixtureStatistics(40);
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readWorkbook(await statisticsWorkbook(stats, { comments, generatedAt }));
  });

  it("has the six sheets, each with a frozen header row", () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Übersicht", "Veranstaltungen", "Träger", "Themen", "Initiativen", "Rückmeldungen"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    }
  });

  it("names the period, all organisations and the day it was made", () => {
    const summary = workbook.getWorksheet("Übersicht")!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get("Bericht")).toBe("Verwendungsnachweis – Statistischer Teil");
    expect(values.get("Zeitraum")).toBe("2026");
    expect(values.get("Träger")).toBe("Alle Träger");
    expect(values.get("Erstellt am")).toEqual(new Date(Date.UTC(2026, 11, 2, 11, 0)));
    expect(values.get("Durchgeführte Veranstaltungen")).toBe(stats.totals.eventsHeld);
    expect(values.get("Teilnahmestunden")).toBe(stats.totals.participantHours);
    expect(values.get("Auslastung")).toBe(stats.totals.fillRate);
  });

  it("uses German number and date formats", () => {
    const summary = workbook.getWorksheet("Übersicht")!;
    const row = (label: string) => summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === label)!;
    expect(row("Anmeldungen").getCell(2).numFmt).toBe("#,##0");
    expect(row("Teilnahmestunden").getCell(2).numFmt).toBe("#,##0.0");
    expect(row("Auslastung").getCell(2).numFmt).toBe("0 %");
    expect(row("Gesamturteil (Durchschnitt, 1–5)").getCell(2).numFmt).toBe("0.0");
    const events = workbook.getWorksheet("Veranstaltungen")!;
    expect(events.getCell("D2").numFmt).toBe(numberFormats.date);
    expect(events.getCell("D2").value).toBeInstanceOf(Date);
  });

  it("sums with formulas whose results are cached, matching the summary", () => {
    const events = workbook.getWorksheet("Veranstaltungen")!;
    const total = events.getRow(events.rowCount);
    expect(total.getCell(1).value).toBe("Summe (durchgeführt)");
    expect(total.getCell(9).value).toEqual({ formula: `SUMIF($E$2:$E$41,"durchgeführt",I2:I41)`, result: stats.totals.confirmed });
    expect(total.getCell(12).value).toMatchObject({ result: stats.totals.participantHours });
    const organisations = workbook.getWorksheet("Träger")!;
    const orgTotal = organisations.getRow(organisations.rowCount);
    expect(orgTotal.getCell(2).value).toEqual({ formula: `SUM(B2:B${organisations.rowCount - 1})`, result: stats.totals.eventsHeld });
    const initiatives = workbook.getWorksheet("Initiativen")!;
    expect(initiatives.rowCount).toBe(1 + 16 + 1);
    expect(initiatives.getRow(17).getCell(1).value).toBe("weitere");
  });

  it("holds no e-mail address anywhere, and the free texts only when given", async () => {
    const texts = await workbookTexts(await statisticsWorkbook(stats, { comments, generatedAt }));
    expect(texts.filter((t) => t.includes("@"))).toEqual([]);
    expect(texts).toContain("Sehr hilfreich, gerne mehr davon. Meldet euch: [E-Mail-Adresse entfernt]");
    expect(texts).toContain("Die Räume waren zu klein.");
    const without = await workbookTexts(await statisticsWorkbook(stats, { generatedAt }));
    expect(without).not.toContain("Die Räume waren zu klein.");
    expect(without).toContain("Freitext-Rückmeldungen sind nicht enthalten.");
  });

  it("shows an empty period as zeros with a note, not an error", async () => {
    const texts = await workbookTexts(await statisticsWorkbook(emptyStatistics(), { generatedAt }));
    expect(texts).toContain("In diesem Zeitraum gibt es keine Veranstaltungen; alle Zahlen sind null.");
  });
});

describe("the PDF", () => {
  const stats = fixtureStatistics(40);

  it("is tagged, titled, with fonts embedded, and several pages long", async () => {
    const file = path.join(dir, "info.pdf");
    writeFileSync(file, await statisticsReportPdf(stats, { generatedAt }));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Verwendungsnachweis – Statistischer Teil 2026/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(6);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/);
  });

  it("contains the cover, the period and the totals", async () => {
    const text = pdfText(await statisticsReportPdf(stats, { generatedAt }), "text.pdf");
    for (const expected of [
      "Flüchtlingskoordination der Stadt Mainz",
      "Verwendungsnachweis – Statistischer Teil",
      "Alle Träger",
      "Gefördert durch die Staatskanzlei Rheinland-Pfalz",
      "Erstellt am 2. Dezember 2026",
      "Durchgeführte Veranstaltungen 36",
      "Teilnahmestunden 2.337,5",
      "Auslastung 78 %",
      "Abbildung 1: Anmeldungen (schwarz) und Teilnahmen (grau) je Monat.",
      "Veranstaltungen im Zeitraum",
      "Summe (durchgeführt)",
      "Seite 1 von",
    ])
      expect(text).toContain(expected);
    expect(text).toContain(" 2026 ");
    expect(text).not.toContain("@");
    expect(text).toContain("Freitext-Rückmeldungen sind nicht enthalten.");
  });

  it("prints the free texts only when given, without e-mail addresses", async () => {
    const text = pdfText(await statisticsReportPdf(stats, { comments, generatedAt }), "comments.pdf");
    expect(text).toContain("Die Räume waren zu klein.");
    expect(text).toContain("[E-Mail-Adresse entfernt]");
    expect(text).not.toContain("@");
  });

  it("lists a very large period's events only in the XLSX, and keeps their totals", async () => {
    const many = fixtureStatistics(PDF_EVENT_ROWS_MAX + 1);
    const text = pdfText(await statisticsReportPdf(many, { generatedAt }), "many.pdf");
    expect(text).toContain(`Im Zeitraum liegen ${(PDF_EVENT_ROWS_MAX + 1).toLocaleString("de-DE")} Veranstaltungen, zu viele für eine Liste`);
    expect(text).toContain("Summe (durchgeführt)");
    expect(text).not.toContain(many.events[0].title);
    const small = pdfText(await statisticsReportPdf(fixtureStatistics(PDF_EVENT_ROWS_MAX), { generatedAt }), "few.pdf");
    expect(small).not.toContain("zu viele für eine Liste");
  });

  it("says so for an empty period", async () => {
    const text = pdfText(await statisticsReportPdf(emptyStatistics(), { generatedAt }), "empty.pdf");
    expect(text).toContain("In diesem Zeitraum gibt es keine Veranstaltungen; alle Zahlen sind null.");
    expect(text).toContain("Keine Veranstaltungen im Zeitraum.");
  });
});

describe("buildReport (what the download routes call)", () => {
  const now = new Date("2026-06-15T10:00:00Z");
  let c: AuthzContext;
  let build: typeof import("@/lib/statistics/report").buildReport;
  beforeAll(async () => {
    c = await authzContext(now);
    build = (await import("@/lib/statistics/report")).buildReport;
    await eventWithComment(c, { organisationId: c.own.organisationId, comment: "Ein offenes Wort zur Fortbildung.", now });
    await eventWithComment(c, { organisationId: c.own.organisationId, comment: "Vertrauliches aus der Supervision.", supervision: true, now });
    await eventWithLoneComment(c, { organisationId: c.own.organisationId, comment: "Einzige Antwort, erkennbar.", now });
  });

  it("answers a bad period with a German sentence", async () => {
    const result = await build(c.coordinator, { jahr: "19" }, "xlsx", now);
    expect(result).toEqual({ ok: false, status: 400, message: "Der Zeitraum ist ungültig: Bitte geben Sie ein Jahr zwischen 2000 und 2100 an." });
    expect(await build(c.coordinator, { jahr: "2026", traeger: "999999" }, "pdf", now)).toMatchObject({ ok: false, status: 400 });
  });

  it("names the file by the period and writes an audit entry", async () => {
    const result = await build(c.coordinator, { jahr: "2026" }, "xlsx", now);
    if (!result.ok) throw new Error(result.message);
    expect(result.filename).toBe("Verwendungsnachweis-2026.xlsx");
    expect(result.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const [entry] = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.action, "statistics.report"), eq(c.t.auditLog.actorAccountId, c.coordinator.accountId)));
    expect(entry).toMatchObject({ label: "Statistik 2026 (XLSX)", organisationId: null, entityType: "organisation", entityId: 0, actorName: c.coordinator.name });
    expect(entry.after).toMatchObject({ period: { jahr: "2026" }, format: "xlsx", organisationId: null, freitext: false });
    expect(await workbookTexts(result.body)).not.toContain("Ein offenes Wort zur Fortbildung.");
  });

  it("takes the free texts only with freitext=1, never those of supervision groups", async () => {
    const result = await build(c.coordinator, { jahr: "2026", quartal: "2", freitext: "1" }, "pdf", now);
    if (!result.ok) throw new Error(result.message);
    expect(result.filename).toBe("Verwendungsnachweis-2026-Q2.pdf");
    const text = pdfText(result.body, "build.pdf");
    expect(text).toContain("2. Quartal 2026");
    expect(text).toContain("Ein offenes Wort zur Fortbildung.");
    expect(text).not.toContain("Vertrauliches aus der Supervision.");
    // The only answer of its event could point to its writer: left out, like on the feedback pages.
    expect(text).not.toContain("Einzige Antwort, erkennbar.");
    const entries = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.action, "statistics.report"));
    expect(entries.at(-1)).toMatchObject({ label: "Statistik 2. Quartal 2026 (PDF)" });
    expect(entries.at(-1)!.after).toMatchObject({ format: "pdf", freitext: true });
  });

  it("carries the same totals as the statistics module", async () => {
    const { statisticsFor } = await import("@/lib/statistics/figures");
    const { statisticsFilterFor } = await import("@/lib/statistics/filter");
    const stats = await statisticsFor(c.coordinator, statisticsFilterFor(c.coordinator, { jahr: "2026" }, now).filter, now);
    expect(stats.totals.eventsHeld).toBeGreaterThan(0);
    const result = await build(c.coordinator, { jahr: "2026" }, "xlsx", now);
    if (!result.ok) throw new Error(result.message);
    writeFileSync(path.join(dir, "demo.xlsx"), result.body);
    const workbook = await readWorkbook(result.body);
    const summary = workbook.getWorksheet("Übersicht")!;
    const value = (label: string) => summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === label)!.getCell(2).value;
    expect(value("Durchgeführte Veranstaltungen")).toBe(stats.totals.eventsHeld);
    expect(value("Anmeldungen")).toBe(stats.totals.registrations);
    expect(value("Teilgenommen")).toBe(stats.totals.attended);
    const events = workbook.getWorksheet("Veranstaltungen")!;
    expect(events.rowCount).toBe(stats.events.length + 2);
    expect((events.getRow(events.rowCount).getCell(9).value as { result: number }).result).toBe(stats.totals.confirmed);
    expect((events.getRow(events.rowCount).getCell(11).value as { result: number }).result).toBe(stats.totals.attended);
    const pdf = await build(c.coordinator, { jahr: "2026" }, "pdf", now);
    if (!pdf.ok) throw new Error(pdf.message);
    if (process.env.KEEP_REPORT_PDF) writeFileSync(process.env.KEEP_REPORT_PDF, pdf.body);
    const text = pdfText(pdf.body, "demo.pdf");
    expect(text).toContain(`Durchgeführte Veranstaltungen ${stats.totals.eventsHeld}`);
    expect(text).toContain(`Anmeldungen ${new Intl.NumberFormat("de-DE").format(stats.totals.registrations)}`);
  });

  it("gives a partner its own organisation's name and scope", async () => {
    const result = await build(c.vhsAdmin, { jahr: "2026", traeger: String(c.foreign.organisationId) }, "xlsx", now);
    if (!result.ok) throw new Error(result.message);
    const texts = await workbookTexts(result.body);
    expect(texts).toContain(c.vhsAdmin.organisationName);
    expect(texts).not.toContain(c.foreignAdmin.organisationName);
  });
});
