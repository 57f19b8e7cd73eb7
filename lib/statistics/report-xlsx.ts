import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { city } from "@/lib/config/city";
import { berlinWallClock } from "@/lib/participants/xlsx";
import { translator } from "@/lib/i18n/translator";
import { isEmpty, organisationLabel, redactComment, summaryFigures, type FigureKind, type ReportOptions } from "./report-content";
import type { BreakdownRow, Statistics } from "./types";

/**
 * The funding report as an Excel workbook: Übersicht, Veranstaltungen, Träger, Themen, Initiativen,
 * Rückmeldungen. Numbers stay numbers (German Excel shows them with its own separators through the
 * formats below), dates are date cells, every header row is frozen, sums are formulas WITH their
 * cached result so that a viewer that does not recalculate still shows them. No personal data:
 * no names, no addresses; free texts only when passed, with e-mail addresses removed.
 *
 * Written with ExcelJS's streaming writer, row by row: a year of 10,000 events builds in half the
 * time of the in-memory workbook (scripts/bench-statistics.ts measures it).
 */
const t = translator("de", "statistics");

export const numberFormats = {
  count: "#,##0",
  hours: "#,##0.0",
  rate: "0 %",
  average: "0.0",
  date: "dd.mm.yyyy",
} as const satisfies Record<FigureKind | "date", string>;

type Value = string | number | Date | null;
type Column = { header: string; format?: string; width?: number };
type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ExcelJS.Worksheet;

export async function statisticsWorkbook(stats: Statistics, options: ReportOptions = {}): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = city.office.name;
  workbook.title = t("report.title");
  workbook.created = options.generatedAt ?? new Date();
  summarySheet(workbook, stats, options);
  eventsSheet(workbook, stats);
  breakdownSheet(workbook, t("report.sheets.organisations"), t("report.columns.organisation"), stats.byOrganisation, true);
  breakdownSheet(workbook, t("report.sheets.topics"), t("report.columns.topic"), stats.byTopic, false);
  initiativesSheet(workbook, stats);
  feedbackSheet(workbook, stats, options);
  await workbook.commit();
  return Buffer.concat(chunks);
}

// ── Sheets ─────────────────────────────────────────────────────────────────────────────

function summarySheet(workbook: Workbook, stats: Statistics, options: ReportOptions) {
  const sheet = table(workbook, t("report.sheets.summary"), [{ header: t("report.figures.label"), width: 52 }, { header: t("report.figures.value"), width: 44 }]);
  const meta: [string, Value][] = [
    [t("report.meta.report"), t("report.title")],
    [t("report.meta.programme"), city.programmeName],
    [t("report.meta.period"), stats.filter.period.label],
    [t("report.meta.organisation"), organisationLabel(stats, options)],
  ];
  if (options.labels?.format) meta.push([t("report.meta.format"), options.labels.format]);
  if (options.labels?.topic) meta.push([t("report.meta.topic"), options.labels.topic]);
  meta.push([t("report.meta.generated"), berlinWallClock(options.generatedAt ?? new Date())], [t("report.meta.funding"), city.funding]);
  for (const [label, value] of meta) {
    const row = sheet.addRow([label, value]);
    if (value instanceof Date) row.getCell(2).numFmt = numberFormats.date;
    row.getCell(2).alignment = { horizontal: "left" };
  }
  sheet.addRow([]);
  if (isEmpty(stats)) sheet.addRow([t("report.figures.none")]).font = { italic: true };
  const { main, supervision } = summaryFigures(stats);
  sheet.addRow([t("report.figures.heading")]).font = { bold: true };
  for (const figure of main) figureRow(sheet, figure.label, figure.value, figure.kind);
  sheet.addRow([]);
  sheet.addRow([t("report.figures.supervisionHeading")]).font = { bold: true };
  for (const figure of supervision) figureRow(sheet, figure.label, figure.value, figure.kind);
}

/** Every event of the period; the total row sums the events held, as the summary does. */
function eventsSheet(workbook: Workbook, stats: Statistics) {
  const n = numberFormats;
  const columns: Column[] = [
    { header: t("report.columns.title"), width: 44 }, { header: t("report.columns.organisation"), width: 30 }, { header: t("report.columns.format"), width: 20 }, { header: t("report.columns.date"), format: n.date, width: 12 },
    { header: t("report.columns.status"), width: 14 }, { header: t("report.columns.sessions"), format: n.count }, { header: t("report.columns.hours"), format: n.hours }, { header: t("report.columns.seats"), format: n.count },
    { header: t("report.columns.confirmed"), format: n.count }, { header: t("report.columns.stillWaiting"), format: n.count }, { header: t("report.columns.attended"), format: n.count },
    { header: t("report.columns.participantHours"), format: n.hours }, { header: t("report.columns.fillRate"), format: n.rate }, { header: t("report.columns.certificates"), format: n.count }, { header: t("report.columns.feedbackAnswers"), format: n.count },
  ];
  const sheet = table(workbook, t("report.sheets.events"), columns);
  const events = [...stats.events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, "de"));
  for (const e of events) {
    const row = sheet.addRow([e.title, e.organisation, e.format, berlinWallClock(e.startsAt), t(`report.status.${e.status}`), e.sessions, e.hoursOffered, e.capacity, e.confirmed, e.stillWaiting, e.attended, e.participantHours, null, e.certificates, e.feedbackAnswers]);
    row.getCell(13).value = { formula: `IF(H${row.number}>0,I${row.number}/H${row.number},"")`, result: e.capacity > 0 ? e.confirmed / e.capacity : "" };
    row.commit();
  }
  // Only the events held count in the summary's figures; the total row says so and sums the same.
  const first = 2;
  const last = events.length + 1; // the header is row 1; committed rows are no longer in sheet.lastRow
  const held = events.filter((e) => e.status === "held");
  const total = sheet.addRow([`${t("report.total")} (${t("report.status.held")})`]);
  total.font = { bold: true };
  const status = `$E$${first}:$E$${last}`;
  const sumIf = (col: number, result: number) => {
    const letter = sheet.getColumn(col).letter;
    // Without rows a range would point at the total row itself.
    total.getCell(col).value = last < first ? result : { formula: `SUMIF(${status},"${t("report.status.held")}",${letter}${first}:${letter}${last})`, result };
  };
  const sum = (pick: (e: (typeof held)[number]) => number) => held.reduce((a, e) => a + pick(e), 0);
  sumIf(6, sum((e) => e.sessions));
  sumIf(7, sum((e) => e.hoursOffered));
  sumIf(8, sum((e) => e.capacity));
  sumIf(9, sum((e) => e.confirmed));
  sumIf(10, sum((e) => e.stillWaiting));
  sumIf(11, sum((e) => e.attended));
  sumIf(12, sum((e) => e.participantHours));
  sumIf(14, sum((e) => e.certificates));
  sumIf(15, sum((e) => e.feedbackAnswers));
  const seats = sum((e) => e.capacity);
  total.getCell(13).value = { formula: `IF(H${total.number}>0,I${total.number}/H${total.number},"")`, result: seats > 0 ? sum((e) => e.confirmed) / seats : "" };
}

/** By organisation or by topic. Topics get no total: an event with two topics counts under both. */
function breakdownSheet(workbook: Workbook, name: string, keyHeader: string, rows: BreakdownRow[], withTotal: boolean) {
  const n = numberFormats;
  const columns: Column[] = [
    { header: keyHeader, width: 40 }, { header: t("report.columns.events"), format: n.count }, { header: t("report.columns.hours"), format: n.hours }, { header: t("report.columns.seats"), format: n.count },
    { header: t("report.columns.registrations"), format: n.count }, { header: t("report.columns.confirmed"), format: n.count }, { header: t("report.columns.attended"), format: n.count },
    { header: t("report.columns.participantHours"), format: n.hours }, { header: t("report.columns.fillRate"), format: n.rate },
  ];
  const sheet = table(workbook, name, columns);
  for (const b of rows) sheet.addRow([b.label, b.events, b.hoursOffered, b.seatsOffered, b.registrations, b.confirmed, b.attended, b.participantHours, b.fillRate]);
  if (!withTotal) {
    sheet.addRow([]);
    sheet.addRow([t("report.topicsNote")]).font = { italic: true };
    return;
  }
  const last = sheet.lastRow?.number ?? 1;
  const total = sheet.addRow([t("report.total")]);
  total.font = { bold: true };
  const picks: ((b: BreakdownRow) => number)[] = [(b) => b.events, (b) => b.hoursOffered, (b) => b.seatsOffered, (b) => b.registrations, (b) => b.confirmed, (b) => b.attended, (b) => b.participantHours];
  picks.forEach((pick, i) => sumCell(sheet, total, i + 2, 2, last, rows.reduce((a, b) => a + pick(b), 0)));
  const seats = rows.reduce((a, b) => a + b.seatsOffered, 0);
  const confirmed = rows.reduce((a, b) => a + b.confirmed, 0);
  total.getCell(9).value = { formula: `IF(D${total.number}>0,F${total.number}/D${total.number},"")`, result: seats > 0 ? confirmed / seats : "" };
}

function initiativesSheet(workbook: Workbook, stats: Statistics) {
  const sheet = table(workbook, t("report.sheets.initiatives"), [{ header: t("report.columns.initiative"), width: 48 }, { header: t("report.columns.attendees"), format: numberFormats.count, width: 16 }]);
  for (const i of stats.byInitiative) sheet.addRow([i.label, i.attendees]);
  const last = sheet.lastRow?.number ?? 1;
  const total = sheet.addRow([t("report.total")]);
  total.font = { bold: true };
  sumCell(sheet, total, 2, 2, last, stats.byInitiative.reduce((a, i) => a + i.attendees, 0));
}

/** The averages; the free texts below them only when the office asked for them. */
function feedbackSheet(workbook: Workbook, stats: Statistics, options: ReportOptions) {
  const sheet = table(workbook, t("report.sheets.feedback"), [{ header: t("report.figures.label"), width: 48 }, { header: t("report.figures.value"), width: 16 }]);
  const fb = stats.totals.feedback;
  figureRow(sheet, t("report.figures.feedbackAnswers"), fb.answers, "count");
  figureRow(sheet, t("report.figures.overallAverage"), fb.overallAverage, "average");
  figureRow(sheet, t("report.figures.helpfulAverage"), fb.helpfulAverage, "average");
  figureRow(sheet, t("report.figures.recommendShare"), fb.recommendShare, "rate");
  sheet.addRow([]);
  if (!options.comments) {
    sheet.addRow([t("report.feedback.noComments")]).font = { italic: true };
    return;
  }
  sheet.addRow([t("report.feedback.comments")]).font = { bold: true };
  const comments = options.comments.map(redactComment).filter((t) => t !== "");
  sheet.addRow([comments.length ? t("report.feedback.commentsCount", { count: String(comments.length) }) : t("report.feedback.noneGiven")]).font = { italic: true };
  for (const comment of comments) {
    const row = sheet.addRow([comment]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
  }
}

// ── Building blocks ────────────────────────────────────────────────────────────────────

/** A sheet with a bold, frozen header row; each column's number format and width. */
function table(workbook: Workbook, name: string, columns: Column[]): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((col) => ({ header: col.header, width: col.width ?? Math.max(11, col.header.length + 3), style: col.format ? { numFmt: col.format } : {} }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  return sheet;
}

function figureRow(sheet: Sheet, label: string, value: number | null, kind: FigureKind) {
  const row = sheet.addRow([label, value]);
  row.getCell(2).numFmt = numberFormats[kind];
}

/** `=SUM(X2:Xn)` with its result cached. */
function sumCell(sheet: Sheet, row: ExcelJS.Row, col: number, first: number, last: number, result: number) {
  const letter = sheet.getColumn(col).letter;
  // Without rows a range would point at the total row itself.
  row.getCell(col).value = last < first ? result : { formula: `SUM(${letter}${first}:${letter}${last})`, result };
}
