import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** How the benchmarks print their figures and keep them (bench-results/<name>-<timestamp>.json). */

export function ms(value: number) {
  return Number.isNaN(value) ? "n/a" : value.toFixed(1);
}

export function percent(share: number | null | undefined) {
  return share === null || share === undefined ? "n/a" : `${(share * 100).toFixed(0)} %`;
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

function git(argsList: string[]): string | null {
  const result = spawnSync("git", argsList, { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** Writes bench-results/<name>-<timestamp>.json: the date, the commit, then `fields`; prints the path. */
export function writeResults(name: string, fields: Record<string, unknown>) {
  const timestamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join("bench-results", `${name}-${timestamp}.json`);
  mkdirSync("bench-results", { recursive: true });
  const body = { date: new Date().toISOString(), commit: git(["rev-parse", "--short", "HEAD"]), ...fields };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\nWritten: ${file}`);
}
