import "server-only";
import PDFDocument from "pdfkit";
import { city } from "@/lib/config/city";
import { collectPdf } from "@/lib/pdf/collect";
import { TAGGED_A4 } from "@/lib/pdf/document";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { certificateFonts, pdfLang } from "./pdf-fonts";
import type { TrainingRecord } from "./training-record";
import { trainingRecordTexts, type TrainingLine, type TrainingRecordTexts } from "./training-record-texts";
import { ink, muted, rule, type PdfTextStyle } from "@/lib/pdf/palette";

/**
 * "Mein Fortbildungsnachweis" as a PDF: the letterhead and typeface of the certificates, the
 * person, the period, a table with one row per training (title, format and provider, attended
 * dates, the certificate's verification code; the hours on the right), the total, how to verify,
 * place and date. A4, tagged (headings, table, reading order; page furniture as artifacts), fonts
 * embedded. Many trainings continue on further pages, which repeat the name and the column heads;
 * every page says "Seite x von y" (the layout runs once without drawing to count the pages).
 */
export async function renderTrainingRecordPdf(record: TrainingRecord, locale: Locale = defaultLocale): Promise<Buffer> {
  // An empty record has nothing to prove; the page says so instead of offering a PDF.
  if (record.trainings.length === 0) throw new Error("renderTrainingRecordPdf: keine Fortbildungen");
  const texts = trainingRecordTexts(record, locale);
  const doc = new PDFDocument({
    ...TAGGED_A4,
    lang: pdfLang(locale),
    font: certificateFonts.regular,
    // Every line is placed by the layout below; PDFKit's own page break must never trigger.
    margins: { top: 50, bottom: 20, left: 70, right: 70 },
    autoFirstPage: false,
    info: { Title: texts.documentTitle, Author: city.office.name, Creator: city.programmeName },
  });
  const done = collectPdf(doc);
  const pages = new RecordLayout(doc, texts, null).run();
  const root = doc.struct("Document");
  doc.addStructure(root);
  new RecordLayout(doc, texts, { root, pages }).run();
  root.end();
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const page = { width: 595.28, height: 841.89, left: 70, right: 70, top: 50, bottom: 40 };
const contentWidth = page.width - page.left - page.right;
const hoursWidth = 100;
const columnGap = 16;
const trainingWidth = contentWidth - hoursWidth - columnGap;
const hoursX = page.left + contentWidth - hoursWidth;

type Style = PdfTextStyle;
const styles = {
  letterheadOwner: { font: "semiBold", size: 10.5, color: ink, lineGap: 1 },
  letterheadProgramme: { font: "regular", size: 10, color: muted, lineGap: 1 },
  heading: { font: "semiBold", size: 24, color: ink, lineGap: 0 },
  name: { font: "semiBold", size: 18, color: ink, lineGap: 1 },
  body: { font: "regular", size: 11, color: ink, lineGap: 2 },
  columnHead: { font: "regular", size: 9.5, color: muted, lineGap: 1 },
  title: { font: "semiBold", size: 11.5, color: ink, lineGap: 1 },
  details: { font: "regular", size: 10, color: muted, lineGap: 1 },
  dates: { font: "regular", size: 10, color: ink, lineGap: 1 },
  code: { font: "semiBold", size: 9.5, color: ink, lineGap: 1 },
  hours: { font: "regular", size: 10.5, color: ink, lineGap: 1 },
  total: { font: "semiBold", size: 11.5, color: ink, lineGap: 1 },
  small: { font: "regular", size: 9.5, color: muted, lineGap: 1.5 },
  continued: { font: "semiBold", size: 12, color: ink, lineGap: 1 },
} satisfies Record<string, Style>;

const rowGap = 9;

/**
 * One pass over the record. Without `tagged` it only measures and counts pages (nothing is
 * drawn, no page is added); with it, it draws and builds the structure tree.
 */
class RecordLayout {
  private y = page.top;
  private pageNumber = 0;
  private section: Struct | null = null;
  private table: Struct | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly texts: TrainingRecordTexts,
    private readonly tagged: { root: Struct; pages: number } | null,
  ) {}

  /** Lays out the record; returns the number of pages. */
  run(): number {
    const t = this.texts;
    this.newPage();
    if (this.tagged) {
      this.section = this.doc.struct("Sect", { title: t.personName });
      this.tagged.root.add(this.section);
    }
    this.paragraph(t.letterhead.owner, styles.letterheadOwner);
    this.paragraph(t.letterhead.programme, styles.letterheadProgramme);
    this.y += 34;
    this.paragraph(t.heading, styles.heading, "H1");
    this.y += 18;
    this.paragraph(t.personName, styles.name);
    this.y += 4;
    this.paragraph(t.intro, styles.body);
    this.y += 16;
    this.drawTable();
    this.y += 22;
    // After the table, a new page needs no column heads.
    this.ensureSpace(this.verifyHeight() + 16 + this.closingHeight(), false);
    this.drawVerifyNote();
    this.y += 16;
    this.paragraph(t.placeAndDate, styles.body);
    this.y += 4;
    this.paragraph(t.machineMade, styles.small);
    this.drawFooter(true);
    return this.pageNumber;
  }

  // ── The table ────────────────────────────────────────────────────────────────────────

  private drawTable() {
    if (this.tagged && this.section) {
      this.table = this.doc.struct("Table");
      this.section.add(this.table);
    }
    this.drawColumnHeads(false);
    this.texts.lines.forEach((line, i) => {
      // The last training stays together with the total, so that the total never opens a page alone.
      const last = i === this.texts.lines.length - 1;
      this.ensureSpace(this.lineHeight(line) + (last ? rowGap + this.totalHeight() : 0));
      this.drawLine(line);
      this.y += rowGap / 2;
      this.drawRule(this.y);
      this.y += rowGap / 2;
    });
    this.drawTotal();
    this.table?.end();
  }

  /** The column heads: a header row of the table on the first page, repeated as artifact after a break. */
  private drawColumnHeads(repeat: boolean) {
    const { columns } = this.texts;
    const top = this.y;
    const draw = () => {
      this.write(columns.training, styles.columnHead, page.left, top, trainingWidth);
      this.write(columns.hours, styles.columnHead, hoursX, top, hoursWidth, "right");
    };
    if (repeat || !this.table) this.artifact(draw);
    else {
      const tr = this.doc.struct("TR");
      this.table.add(tr);
      tr.add(this.doc.struct("TH", {}, () => this.write(columns.training, styles.columnHead, page.left, top, trainingWidth)));
      tr.add(this.doc.struct("TH", {}, () => this.write(columns.hours, styles.columnHead, hoursX, top, hoursWidth, "right")));
      tr.end();
    }
    this.y = top + this.measure(columns.training, styles.columnHead, trainingWidth) + 3;
    this.drawRule(this.y);
    this.y += rowGap / 2 + 2;
  }

  private lineParts(line: TrainingLine): [string, Style, number][] {
    return [
      [line.title, styles.title, 1],
      [line.details, styles.details, 2],
      [line.dates, styles.dates, 2],
      [line.code, styles.code, 0],
    ];
  }

  private lineHeight(line: TrainingLine): number {
    const left = this.lineParts(line).reduce((sum, [text, style, gap]) => sum + this.measure(text, style, trainingWidth) + gap, 0);
    return Math.max(left, this.measure(line.hours, styles.hours, hoursWidth));
  }

  private drawLine(line: TrainingLine) {
    const { doc } = this;
    const top = this.y;
    const tr = this.table ? doc.struct("TR") : null;
    const td = tr ? doc.struct("TD") : null;
    if (tr && td) {
      this.table!.add(tr);
      tr.add(td);
    }
    for (const [text, style, gap] of this.lineParts(line)) {
      const y = this.y;
      td?.add(doc.struct("P", {}, () => this.write(text, style, page.left, y, trainingWidth)));
      this.y = y + this.measure(text, style, trainingWidth) + gap;
    }
    td?.end();
    const leftBottom = this.y;
    // The hours stand on the title's line.
    const hoursTop = top + 1;
    if (tr) {
      tr.add(doc.struct("TD", {}, [doc.struct("P", {}, () => this.write(line.hours, styles.hours, hoursX, hoursTop, hoursWidth, "right"))]));
      tr.end();
    }
    this.y = Math.max(leftBottom, hoursTop + this.measure(line.hours, styles.hours, hoursWidth));
  }

  private totalHeight(): number {
    return this.measure(this.texts.total.label, styles.total, trainingWidth) + 2;
  }

  private drawTotal() {
    const { total } = this.texts;
    const top = this.y + 2;
    if (this.table) {
      const tr = this.doc.struct("TR");
      this.table.add(tr);
      tr.add(this.doc.struct("TH", {}, () => this.write(total.label, styles.total, page.left, top, trainingWidth)));
      tr.add(this.doc.struct("TD", {}, () => this.write(total.hours, styles.total, hoursX, top, hoursWidth, "right")));
      tr.end();
    } else {
      this.write(total.label, styles.total, page.left, top, trainingWidth);
      this.write(total.hours, styles.total, hoursX, top, hoursWidth, "right");
    }
    this.y = top + this.totalHeight();
  }

  // ── Verification note, closing, footer ──────────────────────────────────────────────

  private verifyText(): string {
    const { before, url, after } = this.texts.verify;
    return `${before}${url}${after}`;
  }

  private verifyHeight(): number {
    return this.measure(this.verifyText(), styles.small, contentWidth);
  }

  private closingHeight(): number {
    return this.measure(this.texts.placeAndDate, styles.body, contentWidth) + 4 + this.measure(this.texts.machineMade, styles.small, contentWidth);
  }

  /** How to verify, with the address of the verification page as a tagged link. */
  private drawVerifyNote() {
    const { doc } = this;
    const { before, url, after } = this.texts.verify;
    const top = this.y;
    const options = { width: contentWidth, lineGap: styles.small.lineGap };
    if (this.section) {
      this.section.add(
        doc.struct("P", {}, [
          () => {
            this.style(styles.small);
            doc.text(before, page.left, top, { ...options, continued: true });
          },
          doc.struct("Link", { alt: url }, () => doc.text(url, { ...options, link: url, continued: true })),
          () => doc.text(`${after} `, { ...options, link: null }),
        ]),
      );
    }
    this.y = top + this.verifyHeight();
  }

  private footerTop(): number {
    return page.height - page.bottom - this.measure(this.texts.funding, styles.small, contentWidth) - 10;
  }

  /** The lowest y the body may reach on a page. */
  private get limit() {
    return this.footerTop() - 16;
  }

  /**
   * The funding line and the page number. On the last page the funding line is part of the
   * structure (read last); everywhere else the footer is page furniture.
   */
  private drawFooter(final: boolean) {
    const saved = this.y;
    const top = this.footerTop();
    this.drawRule(top);
    const lineTop = top + 8;
    const pages = this.tagged?.pages ?? 0;
    const numberWidth = 90;
    const fundingWidth = contentWidth - numberWidth - columnGap;
    if (final && this.section) this.section.add(this.doc.struct("P", {}, () => this.write(this.texts.funding, styles.small, page.left, lineTop, fundingWidth)));
    else this.artifact(() => this.write(this.texts.funding, styles.small, page.left, lineTop, fundingWidth));
    this.artifact(() => this.write(this.texts.pageOf(this.pageNumber, pages), styles.small, page.left + contentWidth - numberWidth, lineTop, numberWidth, "right"));
    this.y = saved;
  }

  // ── Pages ────────────────────────────────────────────────────────────────────────────

  private newPage() {
    if (this.tagged) this.doc.addPage();
    this.pageNumber++;
    this.y = page.top;
    this.artifact(() => this.doc.rect(page.left, this.y, contentWidth, 3).fill(city.accentColor));
    this.y += 3 + 14;
  }

  private ensureSpace(height: number, inTable = true) {
    if (this.y + height > this.limit) this.breakPage(inTable);
  }

  /** Ends this page with a note and its footer; the next one repeats the name and, within the table, the column heads. */
  private breakPage(inTable: boolean) {
    const noteTop = this.limit + 2;
    this.artifact(() => this.write(this.texts.continuedNext, styles.small, page.left, noteTop, contentWidth, "right"));
    this.drawFooter(false);
    this.newPage();
    const top = this.y;
    this.artifact(() => this.write(this.texts.continuedFor, styles.continued, page.left, top, contentWidth));
    this.y = top + this.measure(this.texts.continuedFor, styles.continued, contentWidth) + 18;
    if (inTable) this.drawColumnHeads(true);
  }

  // ── Drawing primitives (no-ops while counting pages) ─────────────────────────────────

  private drawRule(y: number) {
    this.artifact(() => this.doc.moveTo(page.left, y).lineTo(page.left + contentWidth, y).lineWidth(0.5).strokeColor(rule).stroke());
  }

  private paragraph(text: string, style: Style, type = "P") {
    const top = this.y;
    if (this.section) this.section.add(this.doc.struct(type, {}, () => this.write(text, style, page.left, top, contentWidth)));
    this.y = top + this.measure(text, style, contentWidth);
  }

  private artifact(draw: () => void) {
    if (!this.tagged) return;
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  /** Text ends with a space, so that a reader's text layer does not run blocks together. */
  private write(text: string, style: Style, x: number, y: number, width: number, align: "left" | "right" = "left") {
    if (!this.tagged) return;
    this.style(style);
    this.doc.text(`${text} `, x, y, { width, lineGap: style.lineGap, align });
  }

  /** Only the font counts for measuring; no colour is set (that would write to a page, and there is none while counting). */
  private measure(text: string, style: Style, width: number): number {
    this.doc.font(certificateFonts[style.font]).fontSize(style.size);
    return this.doc.heightOfString(`${text} `, { width, lineGap: style.lineGap });
  }

  private style(style: Style) {
    this.doc.font(certificateFonts[style.font]).fontSize(style.size).fillColor(style.color);
  }
}
