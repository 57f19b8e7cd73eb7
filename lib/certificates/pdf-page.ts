import { city } from "@/lib/config/city";
import { certificateFonts } from "./pdf-fonts";
import type { CertificateRow, CertificateTexts } from "./pdf-texts";
import { ink, muted, rule, type PdfTextStyle } from "@/lib/pdf/palette";

/**
 * Draws one certificate onto a PDFKit document, tagged: a section with a heading, the facts as a
 * table (label | value, dates as a list), the closing lines and the verification footer, in
 * reading order. Decoration (the accent bar, rules, the repeated header of a continuation page)
 * is marked as artifact. Positions are computed here, not by PDFKit's flow, so that nothing
 * spills over the footer; a list of dates that does not fit goes on onto a further page that
 * repeats the person's name.
 */

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

// A4 in points; margins of about 2.5 cm at the sides.
const page = { width: 595.28, height: 841.89, left: 70, right: 70, top: 50, bottom: 46 };
const contentWidth = page.width - page.left - page.right;
const labelWidth = 112;
const columnGap = 16;
const valueX = page.left + labelWidth + columnGap;
const valueWidth = page.left + contentWidth - valueX;
/** Two columns of dates inside the value cell. */
const dateColumnGap = 14;
const dateColumnWidth = (valueWidth - dateColumnGap) / 2;

type Style = PdfTextStyle;
const styles = {
  letterheadOwner: { font: "semiBold", size: 10.5, color: ink, lineGap: 1 },
  letterheadProgramme: { font: "regular", size: 10, color: muted, lineGap: 1 },
  heading: { font: "semiBold", size: 27, color: ink, lineGap: 0 },
  name: { font: "semiBold", size: 20, color: ink, lineGap: 1 },
  body: { font: "regular", size: 11.5, color: ink, lineGap: 2 },
  title: { font: "semiBold", size: 15, color: ink, lineGap: 2 },
  label: { font: "regular", size: 10, color: muted, lineGap: 2 },
  value: { font: "regular", size: 11, color: ink, lineGap: 2 },
  date: { font: "regular", size: 10.5, color: ink, lineGap: 1 },
  // Source Sans has a tall line box (1.42 em); a list can be set tighter.
  dateCompact: { font: "regular", size: 10, color: ink, lineGap: -2 },
  small: { font: "regular", size: 9.5, color: muted, lineGap: 1.5 },
  code: { font: "semiBold", size: 10.5, color: ink, lineGap: 1 },
} satisfies Record<string, Style>;

/** The vertical rhythm: generous by default, tighter when a long list of dates would not fit on one page otherwise. */
type Spacing = { afterLetterhead: number; afterHeading: number; afterName: number; afterIntro: number; afterTitle: number; rowGap: number; closingGap: number; date: Style };
const roomy: Spacing = { afterLetterhead: 46, afterHeading: 26, afterName: 6, afterIntro: 16, afterTitle: 16, rowGap: 9, closingGap: 28, date: styles.date };
const tight: Spacing = { afterLetterhead: 24, afterHeading: 14, afterName: 4, afterIntro: 10, afterTitle: 10, rowGap: 6, closingGap: 18, date: styles.date };
const compact: Spacing = { ...tight, date: styles.dateCompact };

export function drawCertificate(doc: Doc, parent: Struct, texts: CertificateTexts): void {
  new CertificateLayout(doc, parent, texts).draw();
}

class CertificateLayout {
  private y = page.top;
  private readonly section: Struct;
  private readonly footerTop: number;
  private readonly sp: Spacing;

  constructor(
    private readonly doc: Doc,
    parent: Struct,
    private readonly texts: CertificateTexts,
  ) {
    this.section = doc.struct("Sect", { title: texts.personName });
    parent.add(this.section);
    this.footerTop = page.height - page.bottom - this.footerHeight();
    this.sp = [roomy, tight].find((sp) => this.bodyHeight(sp) <= this.limit - page.top) ?? compact;
  }

  /** The lowest y the body may reach on a page. */
  private get limit() {
    return this.footerTop - 18;
  }

  draw() {
    const { texts } = this;
    this.drawAccentBar();
    this.y += 14;
    this.paragraph(texts.letterhead.owner, styles.letterheadOwner, page.left, contentWidth);
    this.paragraph(texts.letterhead.programme, styles.letterheadProgramme, page.left, contentWidth);
    this.y += this.sp.afterLetterhead;
    this.paragraph(texts.heading, styles.heading, page.left, contentWidth, "H1");
    this.y += this.sp.afterHeading;
    this.paragraph(texts.personName, styles.name, page.left, contentWidth);
    this.y += this.sp.afterName;
    this.paragraph(texts.intro, styles.body, page.left, contentWidth);
    this.y += this.sp.afterIntro;
    this.ensureSpace(this.measure(texts.eventTitle, styles.title, contentWidth));
    this.paragraph(texts.eventTitle, styles.title, page.left, contentWidth, "H2");
    this.y += this.sp.afterTitle;
    this.drawFacts();
    this.drawClosing();
    this.drawFooter(true);
  }

  /** The height of everything above the footer with the given spacing, the dates in their best arrangement. */
  private bodyHeight(sp: Spacing): number {
    const t = this.texts;
    const w = contentWidth;
    const top = 3 + 14 + this.measure(t.letterhead.owner, styles.letterheadOwner, w) + this.measure(t.letterhead.programme, styles.letterheadProgramme, w);
    const intro =
      sp.afterLetterhead + this.measure(t.heading, styles.heading, w) + sp.afterHeading + this.measure(t.personName, styles.name, w) + sp.afterName +
      this.measure(t.intro, styles.body, w) + sp.afterIntro + this.measure(t.eventTitle, styles.title, w) + sp.afterTitle;
    const rows = t.rows.reduce((total, row) => total + this.rowHeight(row, sp) + sp.rowGap, 10);
    return top + intro + rows + sp.closingGap + this.closingHeight();
  }

  // ── The facts table ──────────────────────────────────────────────────────────────────

  private drawFacts() {
    const table = this.doc.struct("Table");
    this.section.add(table);
    this.drawRule(this.y);
    this.y += 10;
    const rows = this.texts.rows;
    rows.forEach((row, i) => {
      const after = rows.slice(i + 1).reduce((total, r) => total + this.rowHeight(r, this.sp) + this.sp.rowGap, this.sp.rowGap);
      this.drawRow(table, row, after + this.closingHeight() + this.sp.closingGap);
      this.y += this.sp.rowGap;
    });
    this.drawRule(this.y - this.sp.rowGap / 2);
    table.end();
  }

  /** `reserve`: what must still fit below this row on its page (so that the dates know whether to use two columns). */
  private drawRow(table: Struct, row: CertificateRow, reserve: number) {
    const { doc } = this;
    const valueHeight = row.value ? this.measure(row.value, styles.value, valueWidth) : 0;
    const firstDate = row.list?.[0] ? this.measure(row.list[0], this.sp.date, valueWidth) : 0;
    this.ensureSpace(Math.max(this.measure(row.label, styles.label, labelWidth), valueHeight + firstDate));
    const top = this.y;
    const tr = doc.struct("TR");
    table.add(tr);
    tr.add(doc.struct("TH", {}, () => this.write(row.label, styles.label, page.left, top + 1, labelWidth)));
    const labelBottom = top + 1 + this.measure(row.label, styles.label, labelWidth);
    const td = doc.struct("TD");
    tr.add(td);
    if (row.value) {
      td.add(doc.struct("P", {}, () => this.write(row.value, styles.value, valueX, top, valueWidth)));
      this.y = top + valueHeight + (row.list ? 4 : 0);
    }
    if (row.list) this.drawDates(td, row, reserve);
    td.end();
    tr.end();
    this.y = Math.max(this.y, labelBottom);
  }

  /** A row's height with its dates in one or in two columns, whichever is shorter. */
  private rowHeight(row: CertificateRow, sp: Spacing): number {
    const value = row.value ? this.measure(row.value, styles.value, valueWidth) + (row.list ? 4 : 0) : 0;
    const dates = row.list ?? [];
    const oneColumn = sum(dates.map((d) => this.measure(d, sp.date, valueWidth)));
    const narrow = dates.map((d) => this.measure(d, sp.date, dateColumnWidth));
    const split = balancedSplit(narrow);
    const twoColumns = Math.max(sum(narrow.slice(0, split)), sum(narrow.slice(split)));
    return Math.max(this.measure(row.label, styles.label, labelWidth), value + Math.min(oneColumn, twoColumns));
  }

  /**
   * The attended dates: one column when they fit, else two (filled top to bottom, then the
   * second column), else as many as fit on this page and the rest on the next.
   */
  private drawDates(td: Struct, row: CertificateRow, reserve: number) {
    const list = this.doc.struct("L");
    td.add(list);
    let rest = row.list ?? [];
    while (rest.length > 0) {
      const room = this.limit - this.y;
      const oneColumn = rest.map((d) => this.measure(d, this.sp.date, valueWidth));
      if (sum(oneColumn) <= room - reserve) {
        this.drawDateColumn(list, rest, valueX, valueWidth);
        break;
      }
      const heights = rest.map((d) => this.measure(d, this.sp.date, dateColumnWidth));
      const split = balancedSplit(heights);
      const twoColumns = Math.max(sum(heights.slice(0, split)), sum(heights.slice(split)));
      if (twoColumns <= room - reserve) {
        this.drawTwoColumns(list, rest, split);
        break;
      }
      // Does not fit with what follows: fill this page in two columns, go on on the next.
      const first = fitCount(heights, room);
      const taken = first + fitCount(heights.slice(first), room);
      if (taken === rest.length) this.drawTwoColumns(list, rest, split);
      else if (taken > 0) this.drawTwoColumns(list, rest.slice(0, taken), first);
      rest = rest.slice(taken);
      if (rest.length > 0) {
        this.breakPage();
        this.artifact(() => this.write(row.label, styles.label, page.left, this.y + 1, labelWidth));
      }
    }
    list.end();
  }

  private drawTwoColumns(list: Struct, dates: string[], split: number) {
    const top = this.y;
    this.drawDateColumn(list, dates.slice(0, split), valueX, dateColumnWidth);
    const leftBottom = this.y;
    this.y = top;
    this.drawDateColumn(list, dates.slice(split), valueX + dateColumnWidth + dateColumnGap, dateColumnWidth);
    this.y = Math.max(leftBottom, this.y);
  }

  private drawDateColumn(list: Struct, dates: string[], x: number, width: number) {
    for (const date of dates) {
      const top = this.y;
      list.add(this.doc.struct("LI", {}, [this.doc.struct("LBody", {}, () => this.write(date, this.sp.date, x, top, width))]));
      this.y = top + this.measure(date, this.sp.date, width);
    }
  }

  // ── Closing lines and footer ─────────────────────────────────────────────────────────

  private closingHeight(): number {
    return this.measure(this.texts.placeAndDate, styles.body, contentWidth) + 6 + this.measure(this.texts.machineMade, styles.small, contentWidth);
  }

  /** Place and date sit just above the footer, as on a signed letter; lower when the facts are long. */
  private drawClosing() {
    const height = this.closingHeight();
    this.ensureSpace(this.sp.closingGap + height);
    this.y = Math.max(this.y + this.sp.closingGap, this.limit - height);
    this.paragraph(this.texts.placeAndDate, styles.body, page.left, contentWidth);
    this.y += 6;
    this.paragraph(this.texts.machineMade, styles.small, page.left, contentWidth);
  }

  private footerHeight(): number {
    const t = this.texts;
    return 10 + this.measure(this.verifyText(), styles.small, contentWidth) + 3 + this.measure(t.verifyCode, styles.code, contentWidth) + 8 + this.measure(t.funding, styles.small, contentWidth);
  }

  /**
   * The verification lines and the funding line. On the certificate's last page they are part
   * of the structure (read last); on a page before that they repeat as artifacts.
   */
  private drawFooter(final: boolean) {
    const t = this.texts;
    const saved = this.y;
    this.y = this.footerTop;
    this.drawRule(this.y);
    this.y += 10;
    const block = (text: string, style: Style) =>
      final ? this.paragraph(text, style, page.left, contentWidth) : this.artifactParagraph(text, style);
    if (final) this.drawVerifySentence();
    else this.artifactParagraph(this.verifyText(), styles.small);
    this.y += 3;
    block(t.verifyCode, styles.code);
    this.y += 8;
    block(t.funding, styles.small);
    this.y = saved;
  }

  /** The sentence in one line, or broken before the address so that the address stays whole. */
  private verifyText(): string {
    const { before, url, after } = this.texts.verify;
    const oneLine = `${before}${url}${after}`;
    this.style(styles.small);
    return this.doc.widthOfString(oneLine) <= contentWidth ? oneLine : `${before.trimEnd()}\n${url}${after}`;
  }

  /** The verification sentence with the address as a tagged link. */
  private drawVerifySentence() {
    const { doc } = this;
    const text = this.verifyText();
    const { url, after } = this.texts.verify;
    const before = text.slice(0, text.indexOf(url));
    const top = this.y;
    const options = { width: contentWidth, lineGap: styles.small.lineGap };
    // A line break inside continued text is lost; a text that is not continued ends its line.
    const broken = before.endsWith("\n");
    this.section.add(
      doc.struct("P", {}, [
        () => {
          this.style(styles.small);
          doc.text(broken ? `${before.trimEnd()} ` : before, page.left, top, { ...options, continued: !broken });
        },
        doc.struct("Link", { alt: url }, () => doc.text(url, { ...options, link: url, continued: true })),
        () => doc.text(`${after} `, { ...options, link: null }),
      ]),
    );
    this.y = top + this.measure(text, styles.small, contentWidth);
  }

  // ── Pages ────────────────────────────────────────────────────────────────────────────

  private ensureSpace(height: number) {
    if (this.y + height > this.limit) this.breakPage();
  }

  /** Ends this page with a note and the footer; the next one repeats heading and name. */
  private breakPage() {
    const { doc } = this;
    this.artifact(() => {
      this.style(styles.small);
      doc.text(this.texts.continuedNext, page.left, this.limit + 2, { width: contentWidth, align: "right", lineBreak: false });
    });
    this.drawFooter(false);
    doc.addPage();
    this.y = page.top;
    this.drawAccentBar();
    this.y += 14;
    this.artifactParagraph(this.texts.continuedHeading, styles.title);
    this.artifactParagraph(this.texts.continuedFor, styles.body);
    this.y += 24;
  }

  // ── Drawing primitives ───────────────────────────────────────────────────────────────

  private drawAccentBar() {
    const { doc } = this;
    this.artifact(() => doc.rect(page.left, this.y, contentWidth, 3).fill(city.accentColor));
    this.y += 3;
  }

  private drawRule(y: number) {
    const { doc } = this;
    this.artifact(() => doc.moveTo(page.left, y).lineTo(page.left + contentWidth, y).lineWidth(0.5).strokeColor(rule).stroke());
  }

  /** A structured block of text at the cursor; the cursor moves below it. */
  private paragraph(text: string, style: Style, x: number, width: number, type = "P") {
    const top = this.y;
    this.section.add(this.doc.struct(type, {}, () => this.write(text, style, x, top, width)));
    this.y = top + this.measure(text, style, width);
  }

  private artifactParagraph(text: string, style: Style) {
    const top = this.y;
    this.artifact(() => this.write(text, style, page.left, top, contentWidth));
    this.y = top + this.measure(text, style, contentWidth);
  }

  private artifact(draw: () => void) {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Text ends with a space: a screen reader or copy-and-paste joins the blocks of a page, and
   * without it the last word of one would run into the first of the next.
   */
  private write(text: string, style: Style, x: number, y: number, width: number) {
    this.style(style);
    this.doc.text(`${text} `, x, y, { width, lineGap: style.lineGap });
  }

  private measure(text: string, style: Style, width: number): number {
    this.style(style);
    return this.doc.heightOfString(`${text} `, { width, lineGap: style.lineGap });
  }

  private style(style: Style) {
    this.doc.font(certificateFonts[style.font]).fontSize(style.size).fillColor(style.color);
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Where to split a list into two columns so that the taller column is as short as possible. */
function balancedSplit(heights: number[]): number {
  let best = heights.length;
  let bestHeight = Infinity;
  for (let split = Math.ceil(heights.length / 2) - 1; split <= heights.length; split++) {
    const tallest = Math.max(sum(heights.slice(0, split)), sum(heights.slice(split)));
    if (tallest < bestHeight) [best, bestHeight] = [split, tallest];
  }
  return best;
}

/** How many of the leading items fit into a column of the given height. */
function fitCount(heights: number[], room: number): number {
  let used = 0;
  let count = 0;
  for (const h of heights) {
    if (used + h > room) break;
    used += h;
    count++;
  }
  return count;
}
