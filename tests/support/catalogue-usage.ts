import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Which catalogue keys the code uses, read from the source text without running it. A key
 * "ns.a.b" counts as used when one file holds both a namespace literal and the rest as a literal,
 * for some split: getTranslations("ns") with t("a.b"), useTranslations("ns.a") with t("b"),
 * translator(locale, "ns") with t(`a.${x}`) (a template matches any one segment per ${…}), or a
 * key kept in a table ({ draft: "status.draft" }) next to the namespace it belongs to. Both
 * literals must be in one file, so a key only named in a comment or in another area's file does
 * not count. Cheap and a little generous: it cannot see a key that is passed in from elsewhere,
 * which is why such keys go into the allowlist of the test with the reason.
 */
const CODE_DIRS = ["app", "components", "lib", "scripts"];
const CODE_FILES = ["proxy.ts", "instrumentation.ts"];

export function codeFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
    }
  };
  for (const dir of CODE_DIRS) walk(join(root, dir));
  return [...out, ...CODE_FILES.map((f) => join(root, f))];
}

/** The string literals of a source text; a template's ${…} becomes the marker "\u0000". */
export function literals(source: string): string[] {
  const found: string[] = [];
  // Comments first: an apostrophe in "the server's" would start a string.
  source = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
  const keep = (text: string) => {
    if (text && text.length <= 200 && /^[\w.\u0000-]+$/.test(text)) found.push(text);
  };
  // Quoted strings anywhere, also inside a template's ${…} (t("a") in `${t("a")} …`).
  for (const m of source.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)) keep(m[1] ?? m[2] ?? "");
  for (const m of source.matchAll(/`((?:[^`\\]|\\.)*)`/g)) keep(m[1].replace(/\$\{[^}]*\}/g, "\u0000"));
  return found;
}

function matches(pattern: string, key: string): boolean {
  if (!pattern.includes("\u0000")) return pattern === key;
  const re = new RegExp(`^${pattern.split("\u0000").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^.]+")}$`);
  return re.test(key);
}

/** For each file, its literals; then the keys (full paths) that some file uses. */
export function usedKeys(keys: string[], files: string[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    const lits = new Set(literals(readFileSync(file, "utf8")));
    if (lits.size === 0) continue;
    const list = [...lits];
    for (const key of keys) {
      if (used.has(key)) continue;
      if (lits.has(key)) used.add(key);
      const parts = key.split(".");
      for (let i = 1; i < parts.length && !used.has(key); i++) {
        const namespace = parts.slice(0, i).join(".");
        const rest = parts.slice(i).join(".");
        if (!lits.has(namespace)) continue;
        // The rest as a key, or a parent of it handed to t.raw()/a nested translator.
        if (list.some((l) => matches(l, rest) || (rest.startsWith(`${l}.`) && !l.includes("\u0000")))) used.add(key);
      }
    }
  }
  return used;
}
