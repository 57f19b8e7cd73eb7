import { pdfFonts } from "@/lib/pdf/fonts";

/**
 * A small flowing layout on a tagged PDFKit document for the funding report: a cursor, headings
 * and paragraphs as structure elements, tables (TR/TH/TD) that continue across pages with their
 * header repeated as an artifact, and page breaks. Black and greys only, so that it prints in
 * black and white.
 */
export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const ink = "#1a1a1a";
export const muted = "#4a4a4a";
export const light = "#9a9a9a";
export const margin = { top: 50, bottom: 56, side: 50 };

export type Style = { font: keyof typeof pdfFonts; size: number; color?: string; lineGap?: number };
export const styles = {
  h1: { font: "semiBold", size: 26, lineGap: 2 },
  h2: { font: "semiBold", size: 16, lineGap: 1 },
  h3: { font: "semiBold", size: 12, lineGap: 1 },
  body: { font: "regular", size: 10.5, lineGap: 2 },
  lead: { font: "regular", size: 15, lineGap: 3 },
  small: { font: "regular", size: 8.5, color: muted, lineGap: 1 },
  cell: { font: "regular", size: 8.5, lineGap: 0.5 },
  cellHead: { font: "semiBold", size: 8.5, lineGap: 0.5 },
  cellTotal: { font: "semiBold", size: 8.5, lineGap: 0.5 },
} satisfies Record<string, Style>;

export type TableColumn = { header: string; width: number; align?: "left" | "right" };

export class PdfFlow {
  y = margin.top;

  constructor(
    readonly doc: Doc,
    readonly root: Struct,
  ) {}

  get left() {
    return margin.side;
  }
  get width() {
    return this.doc.page.width - 2 * margin.side;
  }
  get limit() {
    return this.doc.page.height - margin.bottom;
  }

  newPage(layout: "portrait" | "landscape" = "portrait") {
    this.doc.addPage({ size: "A4", layout, margins: { top: margin.top, bottom: 10, left: margin.side, right: margin.side } });
    this.y = margin.top;
  }

  /** A new page unless `height` still fits on this one. */
  ensure(height: number, layout: "portrait" | "landscape" = "portrait") {
    if (this.y + height > this.limit) this.newPage(layout);
  }

  paragraph(text: string, style: Style, type = "P", options: { x?: number; width?: number; align?: "left" | "right" | "center" } = {}) {
    const x = options.x ?? this.left;
    const width = options.width ?? this.width;
    const height = this.measure(text, style, width);
    this.ensure(height);
    const top = this.y;
    this.root.add(this.doc.struct(type, {}, () => this.write(text, style, x, top, width, options.align)));
    this.y = top + height;
  }

  heading(text: string, level: 1 | 2 | 3, space = 10) {
    const style = level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3;
    // A heading never ends a page alone.
    this.ensure(this.measure(text, style, this.width) + 60);
    this.paragraph(text, style, `H${level}`);
    this.y += space;
  }

  /**
   * A table whose rows continue on further pages, the header row repeated there (as an artifact:
   * the structure has it once). `totalRows`: the last n rows are set in bold.
   */
  table(columns: TableColumn[], rows: string[][], options: { totalRows?: number; layout?: "portrait" | "landscape" } = {}) {
    const { doc } = this;
    const table = doc.struct("Table");
    this.root.add(table);
    const headerHeight = this.rowHeight(columns.map((c) => c.header), columns, styles.cellHead);
    const drawHeader = (tagged: boolean) => {
      const top = this.y;
      if (tagged) {
        const tr = doc.struct("TR");
        table.add(tr);
        columns.forEach((col, i) => tr.add(doc.struct("TH", {}, () => this.cellText(col.header, col, this.columnX(columns, i), top, styles.cellHead))));
        tr.end();
      } else this.artifact(() => columns.forEach((col, i) => this.cellText(col.header, col, this.columnX(columns, i), top, styles.cellHead)));
      this.y = top + headerHeight + 3;
      this.rule(this.y - 1.5, ink, 0.8);
    };
    this.ensure(headerHeight + 30, options.layout);
    drawHeader(true);
    rows.forEach((row, index) => {
      const isTotal = index >= rows.length - (options.totalRows ?? 0);
      const style = isTotal ? styles.cellTotal : styles.cell;
      const height = this.rowHeight(row, columns, style);
      if (this.y + height + 4 > this.limit) {
        this.newPage(options.layout);
        drawHeader(false);
      }
      if (isTotal) this.rule(this.y, ink, 0.6);
      const top = this.y + 2;
      const tr = doc.struct("TR");
      table.add(tr);
      row.forEach((cell, i) => tr.add(doc.struct("TD", {}, () => this.cellText(cell, columns[i], this.columnX(columns, i), top, style))));
      tr.end();
      this.y = top + height + 2;
      if (!isTotal) this.rule(this.y, light, 0.3);
    });
    table.end();
    this.y += 6;
  }

  private columnX(columns: TableColumn[], index: number) {
    return this.left + columns.slice(0, index).reduce((a, c) => a + c.width, 0);
  }

  private rowHeight(cells: string[], columns: TableColumn[], style: Style) {
    return Math.max(...cells.map((cell, i) => this.measure(cell, style, columns[i].width - 6)));
  }

  private cellText(text: string, col: TableColumn, x: number, y: number, style: Style) {
    const align = col.align ?? "left";
    // Right-aligned numbers keep a gap to the next column; left text a gap to its right neighbour.
    this.write(text, style, align === "right" ? x : x, y, col.width - 6, align);
  }

  rule(y: number, color: string, lineWidth: number, x = this.left, width = this.width) {
    this.artifact(() => this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(lineWidth).strokeColor(color).stroke());
  }

  artifact(draw: () => void) {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  /** Text ends with a space, so that the blocks of a page do not run into each other when copied. */
  write(text: string, style: Style, x: number, y: number, width: number, align: "left" | "right" | "center" = "left") {
    this.style(style);
    this.doc.text(`${text} `, x, y, { width, lineGap: style.lineGap ?? 0, align });
  }

  measure(text: string, style: Style, width: number): number {
    this.style(style);
    return this.doc.heightOfString(`${text} `, { width, lineGap: style.lineGap ?? 0 });
  }

  style(style: Style) {
    this.doc.font(pdfFonts[style.font]).fontSize(style.size).fillColor(style.color ?? ink);
  }
}
