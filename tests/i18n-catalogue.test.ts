import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { germanOnlyNamespaces } from "@/lib/i18n/messages";
import { codeFiles, usedKeys } from "./support/catalogue-usage";

/**
 * The catalogues' shape: every area of messages/de has an English twin in messages/en with the same
 * keys and, per text, the same ICU arguments, except the German-only areas (the signed-in area, the
 * office's statistics and the API's problem texts), which must have none. Every text parses as ICU.
 */
type Tree = { [key: string]: string | Tree };
const dir = (locale: string) => join(process.cwd(), "messages", locale);
const read = (locale: string, file: string) => JSON.parse(readFileSync(join(dir(locale), file), "utf8")) as Tree;
const camel = (file: string) => file.replace(/\.json$/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments of a text with their kinds: "count:plural", "name:argument", "b:tag". */
function icuArguments(text: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      found.add(`${el.value}:${TYPE[el.type]}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(text));
  return [...found].sort();
}

/** Keys that the scan cannot see used (see tests/support/catalogue-usage.ts), with the reason. */
const UNUSED_ALLOWED: string[] = [
  // Looked up by a value that the code computes: the audit action stored in the log, the query
  // parameter or filter name, the seat badge's state, the mail's kind (lib/mail/templates).
  "internOffice.audit.",
  "api.parameterErrors.",
  "api.registrationProblems.",
  "calendar.chips.",
  "calendar.seats.",
  "mail.",
  "operations.",
  // The registration's status (components/privacy/registration-entry.tsx, stored-data.tsx).
  "privacy.status.",
  // Areas whose keys the signed-in area's components receive through props or tables; not yet
  // checked one by one (the scan cannot follow them).
  "intern.",
  "internParticipants.",
  "internWorkflow.",
  "internEvents.list.",
  "internOffice.back",
  "internSupervision.applications.",
  "internAttendance.sessionsLabel",
  "statistics.",
  "privacy.stored",
  "privacy.session",
  "trainingRecord.page",
];

const germanFiles = readdirSync(dir("de")).filter((f) => f.endsWith(".json"));
const englishFiles = readdirSync(dir("en")).filter((f) => f.endsWith(".json"));

describe("message catalogues", () => {
  it("has an English file for every German area except the German-only ones, and no other", () => {
    const expected = germanFiles.filter((f) => !(germanOnlyNamespaces as readonly string[]).includes(camel(f))).sort();
    expect(englishFiles.sort()).toEqual(expected);
  });

  for (const file of englishFiles) {
    it(`messages/en/${file} has the German keys and ICU arguments`, () => {
      const de = leaves(read("de", file));
      const en = leaves(read("en", file));
      expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
      const differing = [...de].filter(([key, text]) => icuArguments(text).join() !== icuArguments(en.get(key) ?? "").join()).map(([key]) => key);
      expect(differing).toEqual([]);
    });
  }

  for (const file of germanFiles) {
    it(`messages/de/${file} parses as ICU`, () => {
      const broken = [...leaves(read("de", file))].filter(([, text]) => {
        try {
          parse(text);
          return false;
        } catch {
          return true;
        }
      });
      expect(broken.map(([key]) => key)).toEqual([]);
    });
  }
  for (const file of englishFiles) {
    it(`messages/en/${file} is translated, not a copy of the German file`, () => {
      const de = leaves(read("de", file));
      const en = leaves(read("en", file));
      // Names, slugs and codes may stay the same; phrases may not.
      const same = [...de].filter(([key, text]) => /\p{L}{3,}\s+\p{L}{3,}/u.test(text) && en.get(key) === text).map(([key]) => key);
      expect(same.length / de.size, `untranslated: ${same.slice(0, 10).join(", ")}`).toBeLessThan(0.1);
    });
  }

  it("has no key that no code uses", () => {
    const keys = germanFiles.flatMap((file) => [...leaves(read("de", file)).keys()].map((key) => `${camel(file)}.${key}`));
    const used = usedKeys(keys, codeFiles(process.cwd()));
    const unused = keys.filter((key) => !used.has(key) && !UNUSED_ALLOWED.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
