import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderCertificatesPdf } from "@/lib/certificates/pdf";
import { certificateFonts } from "@/lib/certificates/pdf-fonts";
import { formatTimeRange } from "@/lib/dates/format";
import { manySessions, ordinaryCertificate, supervisionCertificate } from "./support/certificate-samples";

/**
 * The certificate PDF, read back with poppler (pdftotext, pdfinfo, pdffonts) as a reader or a
 * screen reader's text layer would see it: one page per person, the facts, no dates for
 * supervision groups, tagged, titled, fonts embedded.
 */

const dir = mkdtempSync(path.join(tmpdir(), "certificate-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writePdf(name: string, pdf: Promise<Buffer>): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await pdf);
  return file;
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });
/** The text of one page (1-based), lines joined with single spaces so that wrapped lines still match. */
const pageText = (file: string, page: number) => poppler("pdftotext", "-f", String(page), "-l", String(page), file, "-").replace(/\s+/g, " ");
const pages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", file))?.[1]);

describe("two certificates of an event", () => {
  const ordinary = ordinaryCertificate();
  const supervision = supervisionCertificate();
  let file: string;

  beforeAll(async () => {
    file = await writePdf("two.pdf", renderCertificatesPdf([ordinary, supervision], { title: "Teilnahmebescheinigungen Probe" }));
  });

  it("is a tagged PDF of two A4 pages with the given title", () => {
    const info = poppler("pdfinfo", file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Teilnahmebescheinigungen Probe$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(pages(file)).toBe(2);
  });

  it("has a structure tree: a heading per certificate, the facts as a table, the dates as a list", () => {
    const tree = poppler("pdfinfo", "-struct", file);
    expect(tree.match(/^\s*H1\b/gm)).toHaveLength(2);
    expect(tree.match(/^\s*Table\b/gm)).toHaveLength(2);
    expect(tree.match(/^\s*LI\b/gm)).toHaveLength(ordinary.sessions.length);
    expect(tree).toMatch(/^\s*Link\b/m);
  });

  it("embeds every font", () => {
    const rows = poppler("pdffonts", file).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name, type (two words "CID TrueType"), encoding, emb, sub, uni, …
      expect(row).toMatch(/^\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
    }
  });

  it("states the facts of the ordinary event on page 1, with every attended date", () => {
    const text = pageText(file, 1);
    for (const part of [
      "Teilnahmebescheinigung",
      "Anna-Lena Müller",
      "hat im Fortbildungsprogramm Ehrenamt Flüchtlingshilfe an der folgenden Veranstaltung teilgenommen:",
      ordinary.eventTitle,
      "Fortbildung",
      "Asyl- und Aufenthaltsrecht, Behördenbegleitung",
      "3 von 4 Terminen",
      "Di., 3. Nov. 2026, 18:00–20:30 Uhr",
      "Di., 24. Nov. 2026, 17:00–18:30 Uhr",
      "6,5 Zeitstunden",
      "Veranstaltet von Caritasverband Mainz e. V.",
      "Flüchtlingskoordination der Stadt Mainz",
      "Gefördert durch die Staatskanzlei Rheinland-Pfalz",
      "Mainz, 2. Dezember 2026",
      "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
      "Die Echtheit dieser Bescheinigung kann unter https://fortbildung.mainz.example/bescheinigung/K7QM-3XRT-9PLD geprüft werden.",
      "Prüfcode: K7QM-3XRT-9PLD",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain("Jürgen");
  });

  it("names no date on the supervision group's page, only the count of sessions and the hours", () => {
    const text = pageText(file, 2);
    for (const part of ["Jürgen Weiß-Öztürk", supervision.eventTitle, "Gruppensupervision", "8 Sitzungen der Gruppensupervision", "12 Zeitstunden", "Diakonisches Werk Mainz-Bingen", "W4HX-72NB-QE3S"]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain("Anna-Lena");
    expect(text).not.toMatch(/\d{1,2}:\d{2}/);
    expect(text).not.toMatch(/\b(Mo|Di|Mi|Do|Fr|Sa|So)\.,/);
    // The only date on the page is the date of issue.
    expect(text.match(/\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)/g)).toEqual(["2. Dez"]);
  });
});

describe("many dates", () => {
  it("fits 30 attended dates on one page, in two columns", async () => {
    const sessions = manySessions(30);
    const file = await writePdf("thirty.pdf", renderCertificatesPdf([ordinaryCertificate({ sessions, sessionsTotal: 32, minutesAttended: 30 * 120 })]));
    expect(pages(file)).toBe(1);
    // Without a title given, a single certificate is titled with the person's name.
    expect(poppler("pdfinfo", file)).toMatch(/^Title:\s+Teilnahmebescheinigung – Anna-Lena Müller$/m);
    const text = pageText(file, 1);
    expect(text).toContain("30 von 32 Terminen");
    for (const s of sessions) expect(text).toContain(formatTimeRange(s.startsAt, s.endsAt));
    expect(text).toContain("60 Zeitstunden");
    expect(text).toContain("Prüfcode: K7QM-3XRT-9PLD");
    // Two columns: the first date of the second column stands on the line of the first date.
    const layout = poppler("pdftotext", "-layout", file, "-");
    expect(layout).toMatch(/Di\., 5\. Jan\. 2027, 18:00–20:00 Uhr\s+Di\., \d+\. \S+ 2027, 18:00–20:00 Uhr/);
  });

  it("goes on onto a second page that repeats the name when even two columns do not fit", async () => {
    const sessions = manySessions(80);
    const file = await writePdf("eighty.pdf", renderCertificatesPdf([ordinaryCertificate({ sessions, sessionsTotal: 80, minutesAttended: 80 * 120 })]));
    expect(pages(file)).toBe(2);
    const [first, second] = [pageText(file, 1), pageText(file, 2)];
    expect(first).toContain("Fortsetzung auf der nächsten Seite");
    expect(second).toContain("Teilnahmebescheinigung (Fortsetzung) für Anna-Lena Müller");
    const all = first + second;
    for (const s of sessions) expect(all).toContain(formatTimeRange(s.startsAt, s.endsAt));
    // Place, date and the hours come once, after the last date.
    expect(second).toContain("160 Zeitstunden");
    expect(second).toContain("Mainz, 2. Dezember 2026");
    expect(first).not.toContain("Mainz, 2. Dezember 2026");
    // The list is one list in the structure, however many pages it covers.
    const tree = poppler("pdfinfo", "-struct", file);
    expect(tree.match(/^\s*LI\b/gm)).toHaveLength(80);
    expect(tree.match(/^\s*L\b/gm)).toHaveLength(1);
  });

  it("wraps a very long name and title instead of running over the margin", async () => {
    const personName = "Maximiliane Theodora Hildegard Schwarzenberger-Lindqvist-Oberhäuser von Großmann-Müllerstein";
    const eventTitle = "Interkulturelle Kommunikation, Sprachmittlung und Dolmetschen im Ehrenamt: ".repeat(3).trim();
    const file = await writePdf("long.pdf", renderCertificatesPdf([ordinaryCertificate({ personName, eventTitle })]));
    expect(pages(file)).toBe(1);
    // Every word is on the page, and no text box reaches beyond the right margin (595 − 70 pt).
    const bbox = poppler("pdftotext", "-bbox", file, "-");
    const xMaxes = [...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xMaxes)).toBeLessThanOrEqual(595.28 - 70 + 1);
    // pdftotext joins a line broken after a hyphen without it; the tagged text (what a screen
    // reader reads) keeps every character.
    const tagged = poppler("pdfinfo", "-struct-text", file);
    expect(tagged).toContain(`"${personName} "`);
    expect(tagged).toContain(`"${eventTitle} "`);
  });
});

describe("the font files", () => {
  it("are the ones of the pinned package, with their licence next to them", () => {
    const pkg = path.join(process.cwd(), "node_modules/@expo-google-fonts/source-sans-3");
    expect(readFileSync(certificateFonts.regular).equals(readFileSync(path.join(pkg, "400Regular/SourceSans3_400Regular.ttf")))).toBe(true);
    expect(readFileSync(certificateFonts.semiBold).equals(readFileSync(path.join(pkg, "600SemiBold/SourceSans3_600SemiBold.ttf")))).toBe(true);
    expect(readFileSync(path.join(path.dirname(certificateFonts.regular), "OFL.txt"), "utf8")).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });
});

describe("no certificates", () => {
  it("is refused (a PDF without pages is not a PDF)", async () => {
    await expect(renderCertificatesPdf([])).rejects.toThrow();
  });
});
