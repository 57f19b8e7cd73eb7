import { ink, light, muted, styles, type PdfFlow } from "./report-pdf-flow";

/**
 * Bar charts drawn with PDFKit's vector shapes: black and grey only, every bar with its number
 * printed, a caption below. Each chart is one tagged Figure whose alternative text carries the
 * same numbers, so that a screen reader gets what the eye gets.
 */
export type Series = { label: string; values: number[]; color: string };
export const seriesColors = [ink, light] as const;

/** Vertical bars, grouped: one group per category (e.g. month), one bar per series. */
export function groupedBars(flow: PdfFlow, input: { categories: string[]; series: Series[]; caption: string; format: (n: number) => string }) {
  const { doc } = flow;
  const chartHeight = 150;
  const labelHeight = 22;
  const legendHeight = 16;
  const captionHeight = flow.measure(input.caption, styles.small, flow.width);
  flow.ensure(legendHeight + chartHeight + labelHeight + captionHeight + 20);
  const alt = `${input.caption} ${input.categories.map((c, i) => `${c}: ${input.series.map((s) => `${s.label} ${input.format(s.values[i] ?? 0)}`).join(", ")}`).join("; ")}.`;
  const top = flow.y;
  const figure = doc.struct("Figure", { alt }, () => {
    legend(flow, input.series, top);
    const baseY = top + legendHeight + chartHeight;
    const max = Math.max(1, ...input.series.flatMap((s) => s.values));
    const groupWidth = flow.width / Math.max(1, input.categories.length);
    const barWidth = Math.min(16, (groupWidth - 6) / input.series.length);
    const showNumbers = groupWidth >= 22;
    input.categories.forEach((category, i) => {
      const groupX = flow.left + i * groupWidth + (groupWidth - barWidth * input.series.length) / 2;
      input.series.forEach((s, j) => {
        const value = s.values[i] ?? 0;
        const h = (value / max) * (chartHeight - 14);
        const x = groupX + j * barWidth;
        if (h > 0) doc.rect(x, baseY - h, barWidth - 1, h).fill(s.color);
        if (showNumbers) {
          flow.style({ ...styles.small, size: 6.5, color: ink });
          doc.text(input.format(value), x - 6, baseY - h - 9, { width: barWidth + 11, align: "center", lineBreak: false });
        }
      });
      flow.style({ ...styles.small, size: 7 });
      doc.text(category, flow.left + i * groupWidth, baseY + 4, { width: groupWidth, align: "center", height: labelHeight, ellipsis: true });
    });
    doc.moveTo(flow.left, baseY).lineTo(flow.left + flow.width, baseY).lineWidth(0.8).strokeColor(ink).stroke();
  });
  flow.root.add(figure);
  flow.y = top + legendHeight + chartHeight + labelHeight + 4;
  flow.paragraph(input.caption, styles.small, "Caption");
  flow.y += 16;
}

/** Horizontal bars: one row per category, the number at the bar's end. */
export function horizontalBars(flow: PdfFlow, input: { categories: string[]; values: number[]; caption: string; format: (n: number) => string; max?: number }) {
  const { doc } = flow;
  const labelWidth = 210;
  const numberWidth = 50;
  const rowHeight = 16;
  const barArea = flow.width - labelWidth - numberWidth - 8;
  const captionHeight = flow.measure(input.caption, styles.small, flow.width);
  const rows = Math.max(1, input.categories.length);
  flow.ensure(rows * rowHeight + captionHeight + 24);
  const alt = `${input.caption} ${input.categories.map((c, i) => `${c}: ${input.format(input.values[i] ?? 0)}`).join("; ")}.`;
  const top = flow.y;
  const max = Math.max(input.max ?? 0, 1e-9, ...input.values);
  const figure = doc.struct("Figure", { alt }, () => {
    input.categories.forEach((category, i) => {
      const y = top + i * rowHeight;
      const value = input.values[i] ?? 0;
      flow.style({ ...styles.small, color: ink });
      doc.text(category, flow.left, y + 3, { width: labelWidth - 8, align: "right", height: rowHeight, ellipsis: true, lineBreak: false });
      const w = (value / max) * barArea;
      if (w > 0) doc.rect(flow.left + labelWidth, y + 2, w, rowHeight - 5).fill(muted);
      flow.style({ ...styles.small, color: ink });
      doc.text(input.format(value), flow.left + labelWidth + w + 4, y + 3, { width: numberWidth, lineBreak: false });
    });
    const axisX = flow.left + labelWidth;
    doc.moveTo(axisX, top).lineTo(axisX, top + rows * rowHeight).lineWidth(0.8).strokeColor(ink).stroke();
  });
  flow.root.add(figure);
  flow.y = top + rows * rowHeight + 6;
  flow.paragraph(input.caption, styles.small, "Caption");
  flow.y += 16;
}

function legend(flow: PdfFlow, series: Series[], top: number) {
  let x = flow.left;
  for (const s of series) {
    flow.doc.rect(x, top + 2, 9, 9).fill(s.color);
    flow.style({ ...styles.small, color: ink });
    flow.doc.text(s.label, x + 13, top + 1, { lineBreak: false });
    x += 13 + flow.doc.widthOfString(s.label) + 16;
  }
}
