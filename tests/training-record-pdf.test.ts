import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadSettingsForTests } from "@/lib/config/env";
import type { CertificateFacts } from "@/lib/certificates/facts";
import { renderTrainingRecordPdf } from "@/lib/certificates/training-record-pdf";
import type { TrainingRecord } from "@/lib/certificates/training-record";
import { localDateTime } from "@/lib/dates/berlin";
import { manySessions, ordinaryCertificate, supervisionCertificate } from "./support/certificate-samples";

/**
 * The training record's PDF, read back with poppler: the person, the period, every training with
 * its dates, hours and the code of its certificate, the total, how to verify; tagged, fonts
 * embedded; a long record continues on numbered pages. Set KEEP_PDF=1 to keep the files.
 */

const dir = mkdtempSync(path.join(tmpdir(), "training-record-pdf-"));
afterAll(() => {
  if (process.env.KEEP_PDF) console.log(`PDFs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });
// -raw: in drawing order, so that a wrapped title is not interleaved with the hours beside it.
const text = (file: string) => poppler("pdftotext", "-raw", file, "-").replace(/\s+/g, " ");
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", file))?.[1]);

async function write(name: string, record: TrainingRecord): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await renderTrainingRecordPdf(record));
  return file;
}

function record(trainings: CertificateFacts[]): TrainingRecord {
  return {
    personName: "Anna-Lena Müller-Schmidt",
    period: { from: "2026-01-01", to: "2026-12-31" },
    trainings,
    minutesTotal: trainings.reduce((s, f) => s + f.minutesAttended, 0),
    issuedAt: new Date("2026-12-03T09:00:00Z"),
  };
}

beforeAll(() => {
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example" });
});

describe("a record of three trainings", () => {
  const oneDay = ordinaryCertificate({
    eventTitle: "Erste Hilfe für die Seele",
    formatName: "Workshop",
    sessions: [{ startsAt: localDateTime(2026, 5, 9, 10), endsAt: localDateTime(2026, 5, 9, 16) }],
    sessionsTotal: 1,
    minutesAttended: 360,
    providerName: "Volkshochschule am Rhein",
    code: "AB12-CD34-EF56-GH78-JK90-MN12-PQ34",
  });
  const trainings = [supervisionCertificate({ code: "W4HX-72NB-QE3S-W4HX-72NB-QE3S-W4HX" }), oneDay, ordinaryCertificate({ code: "K7QM-3XRT-9PLD-K7QM-3XRT-9PLD-K7QM" })];
  let file: string;

  beforeAll(async () => {
    file = await write("three.pdf", record(trainings));
  });

  it("is a tagged A4 page with embedded fonts, titled with the name", () => {
    const info = poppler("pdfinfo", file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Fortbildungsnachweis – Anna-Lena Müller-Schmidt$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(pages(file)).toBe(1);
    for (const row of poppler("pdffonts", file).trim().split("\n").slice(2)) expect(row).toMatch(/\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
    const tree = poppler("pdfinfo", "-struct", file);
    expect(tree.match(/^\s*H1\b/gm)).toHaveLength(1);
    expect(tree.match(/^\s*TR\b/gm)).toHaveLength(1 + trainings.length + 1);
    expect(tree).toMatch(/^\s*Link\b/m);
  });

  it("names the person, the period, each training with dates, hours and its code, and the total", () => {
    const t = text(file);
    for (const part of [
      "Flüchtlingskoordination der Stadt Mainz",
      "Fortbildungsnachweis",
      "Anna-Lena Müller-Schmidt",
      "hat im Fortbildungsprogramm Ehrenamt Flüchtlingshilfe vom 1. Januar 2026 bis 31. Dezember 2026 an den folgenden Fortbildungen teilgenommen:",
      "Erste Hilfe für die Seele",
      "Workshop · Veranstaltet von Volkshochschule am Rhein",
      "Besuchter Termin: 09.05.2026",
      "6 Zeitstunden",
      "Prüfcode: AB12-CD34-EF56-GH78-JK90-MN12-PQ34",
      ordinaryCertificate().eventTitle,
      "Besuchte Termine (3 von 4): 03.11.2026, 10.11.2026, 24.11.2026",
      "6,5 Zeitstunden",
      "Prüfcode: K7QM-3XRT-9PLD-K7QM-3XRT-9PLD-K7QM",
      "8 Sitzungen der Gruppensupervision",
      "12 Zeitstunden",
      "Prüfcode: W4HX-72NB-QE3S-W4HX-72NB-QE3S-W4HX",
      "Insgesamt 3 Fortbildungen 24,5 Zeitstunden",
      "https://fortbildung.mainz.example/bescheinigung",
      "Mainz, 3. Dezember 2026",
      "Gefördert durch die Staatskanzlei Rheinland-Pfalz",
      "Seite 1 von 1",
    ]) {
      expect(t).toContain(part);
    }
  });

  it("lists the trainings in the order given (the data layer sorts them by date)", () => {
    const t = text(file);
    expect(t.indexOf("Supervisionsgruppe")).toBeLessThan(t.indexOf("Erste Hilfe"));
    expect(t.indexOf("Erste Hilfe")).toBeLessThan(t.indexOf("Asyl- und Aufenthaltsrecht"));
  });

  it("names no date of the supervision group (its certificate does not either)", () => {
    const t = text(file);
    expect(t).not.toMatch(/\d{2}\.03\.2026/);
  });
});

describe("a long record", () => {
  it("continues on numbered pages that repeat the name, with every training and the total", async () => {
    const trainings = Array.from({ length: 24 }, (_, i) =>
      ordinaryCertificate({ eventTitle: `Fortbildung Nummer ${i + 1}`, sessions: manySessions(i % 5 === 0 ? 14 : 2), sessionsTotal: 14, minutesAttended: 120 * (i % 5 === 0 ? 14 : 2) }),
    );
    const file = await write("long.pdf", record(trainings));
    const count = pages(file);
    expect(count).toBeGreaterThan(1);
    const t = text(file);
    for (let i = 1; i <= 24; i++) expect(t).toContain(`Fortbildung Nummer ${i} `);
    expect(t).toContain(`Seite ${count} von ${count}`);
    expect(t).toContain("Fortbildungsnachweis für Anna-Lena Müller-Schmidt (Fortsetzung)");
    expect(t).toContain(`Insgesamt 24 Fortbildungen`);
  });
});

it("refuses an empty record", async () => {
  await expect(renderTrainingRecordPdf(record([]))).rejects.toThrow();
});
