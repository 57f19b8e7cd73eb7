import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { codeFiles } from "./support/catalogue-usage";

/**
 * No browser bundle carries the message catalogue: a module that a "use client" component imports
 * (directly or through others) must not import lib/i18n/translator.ts, lib/i18n/messages.ts or a
 * catalogue file, or the whole catalogue (both languages, ~60 KB gzipped) goes to the browser.
 * Shared schemas take their texts as a parameter instead (lib/i18n/texts.ts). Read from the source
 * without building: value imports only (type imports cost the browser nothing), and a "use server"
 * module is a boundary (the browser gets only a reference to its actions).
 */
const root = resolve(__dirname, "..");
const forbidden = [join(root, "lib/i18n/translator.ts"), join(root, "lib/i18n/messages.ts")];
const isCatalogue = (file: string) => forbidden.includes(file) || relative(root, file).startsWith("messages/");
const directive = (source: string, name: string) => new RegExp(`^\\s*["']${name}["']`).test(source);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? join(root, specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  for (const ending of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + ending) && statSync(base + ending).isFile()) return base + ending;
  return null;
}

/** The modules a file imports at run time: our own files, resolved. */
function valueImports(file: string): string[] {
  return valueSpecifiers(file)
    .map((specifier) => resolveImport(file, specifier))
    .filter((target): target is string => !!target);
}

const specifiersCache = new Map<string, string[]>();

/** What a file imports at run time, as written ("next-intl", "@/lib/…", "./x"). */
function valueSpecifiers(file: string): string[] {
  if (!specifiersCache.has(file)) specifiersCache.set(file, readSpecifiers(file));
  return specifiersCache.get(file)!;
}

function readSpecifiers(file: string): string[] {
  if (file.endsWith(".json")) return [];
  const source = readFileSync(file, "utf8");
  if (directive(source, "use server")) return [];
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const statement of parsed.statements) {
    let specifier: string | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly = clause && (clause.isTypeOnly || (!clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    }
    if (specifier) out.push(specifier);
  }
  return out;
}

const clientFiles = () => codeFiles(root).filter((f) => existsSync(f) && directive(readFileSync(f, "utf8"), "use client"));

/** Every module a file imports at run time, directly or through others (our own files only). */
function reachable(file: string): string[] {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    for (const next of valueImports(queue.shift()!)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return [...seen];
}

describe("client bundles and the message catalogue", () => {
  it("client components outside the signed-in area load no next-intl (their texts come through useTexts)", () => {
    const isIntern = (f: string) => /^(app|components)\/intern\//.test(relative(root, f));
    const offences = clientFiles()
      .filter((f) => !isIntern(f))
      .flatMap((client) => reachable(client).filter((f) => valueSpecifiers(f).some((s) => /^(next-intl|use-intl)(\/|$)/.test(s) && s !== "next-intl/server")).map((f) => `${relative(root, client)} → ${relative(root, f)}`));
    expect(offences).toEqual([]);
  });

  it("no module that a client component imports loads the catalogue", () => {
    const clients = clientFiles();
    expect(clients.length).toBeGreaterThan(20);
    const cache = new Map<string, string[]>();
    const importsOf = (f: string) => cache.get(f) ?? (cache.set(f, valueImports(f)), cache.get(f)!);
    const offences: string[] = [];
    for (const client of clients) {
      // Breadth first, remembering who imported whom, to name the path in the failure.
      const via = new Map<string, string | null>([[client, null]]);
      const queue = [client];
      while (queue.length) {
        const file = queue.shift()!;
        for (const next of importsOf(file)) {
          if (via.has(next)) continue;
          via.set(next, file);
          if (isCatalogue(next)) {
            const chain = [next];
            for (let at = via.get(next); at; at = via.get(at)) chain.unshift(at);
            offences.push(chain.map((f) => relative(root, f)).join(" → "));
          } else queue.push(next);
        }
      }
    }
    expect(offences).toEqual([]);
  });
});
