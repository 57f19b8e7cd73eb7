import { localParts } from "@/lib/dates/berlin";

/**
 * CSV as German Excel opens it without an import dialog: UTF-8 with a byte order mark, semicolons,
 * CRLF line ends, fields quoted when needed with quotes doubled. Cells that a spreadsheet would
 * run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe, so
 * that a name typed into a public form cannot become a formula on a staff computer.
 */
const pad = (n: number) => String(n).padStart(2, "0");

/** "03.12.2026 18:00" in the city's time zone. */
export function csvDateTime(instant: Date): string {
  const p = localParts(instant);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string | Date): string {
  const text = value instanceof Date ? csvDateTime(value) : guardFormula(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `note`, when given, is a line of its own before the header (e.g. a confidentiality note). */
export function toCsv(header: string[], rows: (string | Date)[][], note: string | null = null): string {
  const lines = [...(note ? [[note]] : []), header, ...rows];
  return "\uFEFF" + lines.map((row) => row.map(csvField).join(";")).join("\r\n") + "\r\n";
}
