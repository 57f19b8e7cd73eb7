import ExcelJS from "exceljs";
import { localParts } from "@/lib/dates/berlin";
import type { ExportCell } from "./export-table";

/**
 * An instant as the date cell Excel shows: spreadsheets have no time zones, so the cell holds the
 * Berlin wall-clock time (exceljs writes a Date's UTC fields).
 */
export function berlinWallClock(instant: Date): Date {
  const p = localParts(instant);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute));
}

/**
 * One sheet: bold, frozen header row, readable column widths, dates as real date cells. `note`, when
 * given, is a bold row above the header (e.g. a confidentiality note), frozen with it.
 */
export async function toXlsx(sheetName: string, header: string[], rows: ExportCell[][], note: string | null = null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: note ? 2 : 1 }] });
  if (note) sheet.addRow([note]).font = { bold: true };
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell instanceof Date ? berlinWallClock(cell) : cell)));
  sheet.columns.forEach((column, i) => {
    const isDate = rows.some((row) => row[i] instanceof Date);
    if (isDate) column.numFmt = "dd.mm.yyyy hh:mm";
    const longest = Math.max(header[i].length, ...rows.map((row) => (row[i] instanceof Date ? 16 : String(row[i] ?? "").length)));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
