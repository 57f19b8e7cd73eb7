import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { attendanceStatuses, eventStatuses, registrationStatuses } from "@/db/schema";
import { auditActionLabelKey, auditActions, auditStatusLabelKey, legacyAuditActions } from "@/lib/audit/audit-actions";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * The audit log reads as German: every action code the code base writes, and every status value
 * in the before/after table, has a label in the catalogue; counts use the right plural.
 */

const messages = loadMessages("de");
// onError throws: a missing key would otherwise print the key itself.
const t = createTranslator({ locale: "de", messages, namespace: "internOffice", onError: (error) => { throw error; } });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Action codes as they appear in the source: literals like "event.published" in files that write the log. */
function actionLiteralsInSource(): Set<string> {
  const writers = /recordAudit\(|auditRegistration\(|auditDecision\(|AuditAction\b/;
  const literal = /["'`]((?:account|organisation|catalog|event|registration|application|privacy|statistics)\.[a-z_]+(?:\.[a-z_]+)?)["'`]/g;
  const found = new Set<string>();
  for (const file of [...filesUnder("lib"), ...filesUnder("app")]) {
    if (file.endsWith("audit-actions.ts")) continue;
    const text = readFileSync(file, "utf8");
    if (!writers.test(text)) continue;
    for (const m of text.matchAll(literal)) found.add(m[1]);
  }
  return found;
}

describe("audit log labels", () => {
  it("has a German label for every action code that is written or was written", () => {
    for (const action of [...auditActions, ...legacyAuditActions]) {
      const key = auditActionLabelKey(action);
      expect(key, action).not.toBeNull();
      const label = t(`audit.${key}` as never);
      expect(typeof label, action).toBe("string");
      expect(label, action).not.toMatch(/^[a-z_.]+$/);
    }
  });

  it("lists every action code that appears in the source next to an audit write", () => {
    const listed = new Set<string>(auditActions);
    const found = actionLiteralsInSource();
    expect(found.size).toBeGreaterThan(20);
    expect([...found].filter((code) => !listed.has(code))).toEqual([]);
  });

  it("labels every status value of registrations, applications, events and session marks", () => {
    for (const value of [...registrationStatuses, ...eventStatuses, ...attendanceStatuses]) {
      const key = auditStatusLabelKey(value);
      expect(key, value).not.toBeNull();
      expect(t(`audit.${key}` as never), value).not.toBe(value);
    }
  });

  it("gives unknown codes no label key, so the page shows the neutral word", () => {
    expect(auditActionLabelKey("something.new")).toBeNull();
    expect(auditStatusLabelKey("strange")).toBeNull();
    expect(t("audit.unknownAction")).toBe("Änderung");
  });

  it("counts entries with the right plural", () => {
    expect(t("audit.results", { total: 0 })).toBe("0 Einträge");
    expect(t("audit.results", { total: 1 })).toBe("1 Eintrag");
    expect(t("audit.results", { total: 2 })).toBe("2 Einträge");
    expect(t("audit.results", { total: 1250 })).toBe("1.250 Einträge");
    expect(t("lists.count", { count: 1 })).toBe("1 Eintrag");
    expect(t("organisations.accountsOf", { count: 1, name: "VHS" })).toBe("1 Konto von VHS");
    expect(t("organisations.accountsOf", { count: 3, name: "VHS" })).toBe("3 Konten von VHS");
  });
});
