import PDFDocument from "pdfkit";
import { city } from "@/lib/config/city";
import { formatLongDate } from "@/lib/dates/format";
import { localIsoDate } from "@/lib/dates/berlin";
import { collectPdf } from "@/lib/pdf/collect";
import { pdfFonts } from "@/lib/pdf/fonts";
import { translator } from "@/lib/i18n/translator";
import { groupedBars, horizontalBars, seriesColors } from "./report-pdf-charts";
import { PdfFlow, margin, muted, styles, type TableColumn } from "./report-pdf-flow";
import { isEmpty, organisationLabel, redactComment, summaryFigures, type Figure, type FigureKind, type ReportOptions } from "./report-content";
import type { Statistics } from "./types";
import { TAGGED_A4 } from "@/lib/pdf/document";

/**
 * The funding report as PDF: a cover (city, programme, title, period, organisation, funding
 * line), the summary figures, bar charts (registrations and attendance per month, hours by
 * format, fill rate by organisation), the per-event table (landscape, continued with its header)
 * and the feedback; free texts only when passed. A4, tagged (structure tree, de-DE, title),
 * fonts embedded, page numbers as artifacts. No personal data.
 */
const t = translator("de", "statistics");

const numbers = {
  count: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 }),
  hours: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 }),
  rate: new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 0 }),
  average: new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

export function formatFigure(value: number | null, kind: FigureKind): string {
  return value === null ? "–" : numbers[kind].format(value);
}

export async function statisticsReportPdf(stats: Statistics, options: ReportOptions = {}): Promise<Buffer> {
  const title = `${t("report.title")} ${stats.filter.period.label}`;
  const doc = new PDFDocument({
    ...TAGGED_A4,
    font: pdfFonts.regular,
    autoFirstPage: false,
    // Page numbers ("Seite 2 von 7") need every page before they are written.
    bufferPages: true,
    info: { Title: title, Author: city.office.name, Creator: city.programmeName },
  });
  const done = collectPdf(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  const flow = new PdfFlow(doc, root);
  cover(flow, stats, options);
  figures(flow, stats);
  charts(flow, stats);
  eventsTable(flow, stats);
  feedback(flow, stats, options);
  pageNumbers(flow, stats);
  root.end();
  doc.end();
  return done;
}

function cover(flow: PdfFlow, stats: Statistics, options: ReportOptions) {
  const { doc } = flow;
  flow.newPage();
  flow.artifact(() => doc.rect(flow.left, flow.y, flow.width, 4).fill(city.accentColor));
  flow.y += 18;
  flow.paragraph(city.office.name, { ...styles.body, font: "semiBold", size: 12 });
  flow.paragraph(city.programmeName, { ...styles.body, color: muted });
  flow.y = 250;
  flow.heading(t("report.title"), 1, 18);
  flow.paragraph(stats.filter.period.label, styles.lead);
  flow.paragraph(organisationLabel(stats, options), styles.lead);
  if (options.labels?.format) flow.paragraph(`${t("report.meta.format")}: ${options.labels.format}`, styles.body);
  if (options.labels?.topic) flow.paragraph(`${t("report.meta.topic")}: ${options.labels.topic}`, styles.body);
  flow.y += 14;
  flow.paragraph(t("report.generatedOn", { date: formatLongDate(options.generatedAt ?? new Date()) }), { ...styles.body, color: muted });
  flow.y = flow.limit - 60;
  flow.rule(flow.y, muted, 0.5);
  flow.y += 10;
  flow.paragraph(city.funding, { ...styles.body, font: "semiBold" });
  flow.paragraph(t("report.noPersonalData"), styles.small);
}

function figures(flow: PdfFlow, stats: Statistics) {
  flow.newPage();
  flow.heading(t("report.figures.heading"), 2);
  if (isEmpty(stats)) {
    flow.paragraph(t("report.figures.none"), styles.body);
    flow.y += 8;
  }
  const { main, supervision } = summaryFigures(stats);
  const columns: TableColumn[] = [{ header: t("report.figures.label"), width: flow.width - 120 }, { header: t("report.figures.value"), width: 120, align: "right" }];
  const rows = (list: Figure[]) => list.map((f) => [f.label, formatFigure(f.value, f.kind)]);
  flow.table(columns, rows(main));
  flow.y += 10;
  flow.heading(t("report.figures.supervisionHeading"), 3, 6);
  flow.table(columns, rows(supervision));
}

function charts(flow: PdfFlow, stats: Statistics) {
  flow.newPage();
  flow.heading(t("report.charts.heading"), 2);
  flow.heading(t("report.charts.monthly"), 3, 6);
  if (stats.byMonth.length === 0) flow.paragraph(t("report.charts.empty"), styles.body);
  else
    groupedBars(flow, {
      categories: stats.byMonth.map((m) => m.label),
      series: [
        { label: t("report.charts.legendRegistrations"), values: stats.byMonth.map((m) => m.registrations), color: seriesColors[0] },
        { label: t("report.charts.legendAttended"), values: stats.byMonth.map((m) => m.attended), color: seriesColors[1] },
      ],
      caption: t("report.charts.monthlyCaption"),
      format: (n) => numbers.count.format(n),
    });
  flow.heading(t("report.charts.hoursByFormat"), 3, 6);
  if (stats.byFormat.length === 0) flow.paragraph(t("report.charts.empty"), styles.body);
  else horizontalBars(flow, { categories: stats.byFormat.map((f) => f.label), values: stats.byFormat.map((f) => f.hoursOffered), caption: t("report.charts.hoursByFormatCaption"), format: (n) => numbers.hours.format(n) });
  flow.heading(t("report.charts.fillByOrganisation"), 3, 6);
  if (stats.byOrganisation.length === 0) flow.paragraph(t("report.charts.empty"), styles.body);
  else
    horizontalBars(flow, {
      categories: stats.byOrganisation.map((o) => o.label),
      values: stats.byOrganisation.map((o) => o.fillRate ?? 0),
      max: 1,
      caption: t("report.charts.fillByOrganisationCaption"),
      format: (n) => numbers.rate.format(n),
    });
}

/**
 * Events listed one by one in the PDF at most. A larger period (a whole programme of a big city)
 * would make a report of hundreds of pages that nobody reads and that takes many seconds to draw:
 * its PDF gives the totals and points to the XLSX, whose sheet "Veranstaltungen" lists every event.
 */
export const PDF_EVENT_ROWS_MAX = 600;

/** One row per event, on landscape pages so that every column has its full heading. */
function eventsTable(flow: PdfFlow, stats: Statistics) {
  flow.newPage("landscape");
  flow.heading(t("report.eventsTable.heading"), 2);
  if (stats.events.length === 0) {
    flow.paragraph(t("report.eventsTable.none"), styles.body);
    return;
  }
  const num = (header: string, width: number): TableColumn => ({ header, width, align: "right" });
  const columns: TableColumn[] = [
    { header: t("report.columns.title"), width: 0 }, { header: t("report.columns.organisation"), width: 150 }, { header: t("report.columns.date"), width: 62 },
    num(t("report.columns.sessions"), 46), num(t("report.columns.hours"), 50), num(t("report.columns.seats"), 44), num(t("report.columns.confirmed"), 54), num(t("report.columns.attended"), 70), num(t("report.columns.certificates"), 74),
  ];
  columns[0].width = flow.width - columns.slice(1).reduce((a, c) => a + c.width, 0);
  const events = [...stats.events].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, "de"));
  const listed = events.length <= PDF_EVENT_ROWS_MAX ? events : [];
  if (listed.length === 0) flow.paragraph(t("report.eventsTable.tooMany", { count: numbers.count.format(events.length) }), styles.body);
  const rows = listed.map((e) => [
    e.status === "held" ? e.title : `${e.title} (${t(`report.status.${e.status}`)})`,
    e.organisation,
    germanDate(e.startsAt),
    numbers.count.format(e.sessions),
    numbers.hours.format(e.hoursOffered),
    numbers.count.format(e.capacity),
    numbers.count.format(e.confirmed),
    numbers.count.format(e.attended),
    numbers.count.format(e.certificates),
  ]);
  // The same total as the summary: the events held.
  const held = events.filter((e) => e.status === "held");
  const sum = (pick: (e: (typeof held)[number]) => number) => held.reduce((a, e) => a + pick(e), 0);
  rows.push([`${t("report.total")} (${t("report.status.held")})`, "", "", numbers.count.format(sum((e) => e.sessions)), numbers.hours.format(sum((e) => e.hoursOffered)), numbers.count.format(sum((e) => e.capacity)), numbers.count.format(sum((e) => e.confirmed)), numbers.count.format(sum((e) => e.attended)), numbers.count.format(sum((e) => e.certificates))]);
  flow.table(columns, rows, { totalRows: 1, layout: "landscape" });
}

function feedback(flow: PdfFlow, stats: Statistics, options: ReportOptions) {
  const fb = stats.totals.feedback;
  flow.newPage();
  flow.heading(t("report.feedback.heading"), 2);
  flow.table([{ header: t("report.figures.label"), width: flow.width - 120 }, { header: t("report.figures.value"), width: 120, align: "right" }], [
    [t("report.figures.feedbackAnswers"), formatFigure(fb.answers, "count")],
    [t("report.figures.overallAverage"), formatFigure(fb.overallAverage, "average")],
    [t("report.figures.helpfulAverage"), formatFigure(fb.helpfulAverage, "average")],
    [t("report.figures.recommendShare"), formatFigure(fb.recommendShare, "rate")],
  ]);
  flow.y += 10;
  if (!options.comments) {
    flow.paragraph(t("report.feedback.noComments"), styles.body);
    return;
  }
  flow.heading(t("report.feedback.comments"), 3, 4);
  const comments = options.comments.map(redactComment).filter((t) => t !== "");
  flow.paragraph(comments.length ? t("report.feedback.commentsCount", { count: String(comments.length) }) : t("report.feedback.noneGiven"), styles.small);
  flow.y += 6;
  for (const comment of comments) {
    flow.paragraph(`„${comment}“`, styles.body);
    flow.y += 5;
  }
}

/** "Verwendungsnachweis – Statistischer Teil · 2026 · Seite 2 von 7" at the foot of every page. */
function pageNumbers(flow: PdfFlow, stats: Statistics) {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - margin.bottom + 20;
    const width = doc.page.width - 2 * margin.side;
    flow.artifact(() => {
      flow.style(styles.small);
      doc.text(`${t("report.title")} · ${stats.filter.period.label}`, margin.side, y, { width, lineBreak: false });
      doc.text(t("report.page", { page: String(i + 1), pages: String(range.count) }), margin.side, y, { width, align: "right", lineBreak: false });
    });
  }
}

/** "03.12.2026" (Berlin). */
function germanDate(instant: Date): string {
  const [y, m, d] = localIsoDate(instant).split("-");
  return `${d}.${m}.${y}`;
}
