import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Every way into the application's data that a request can reach, found in the source with the
 * TypeScript compiler: each exported function of every file that starts with "use server" (server
 * actions, wherever they live) and each exported HTTP handler of every route file under app/intern
 * and app/api. Things the probes could not cover are reported as problems: an inline "use server"
 * inside a component, a default export or an `export *` in an action file.
 */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;

export type EntryPoint = { key: string; file: string; name: string; kind: "action" | "route"; body: string };

const hasExport = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefault = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function startsWithUseServer(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

/** Exported names of a module with the source text of each one's declaration. */
function exportsOf(source: ts.SourceFile, problems: string[], file: string): { name: string; body: string }[] {
  const found: { name: string; body: string }[] = [];
  const local = localFunctions(source);
  for (const statement of source.statements) {
    if (hasDefault(statement) || ts.isExportAssignment(statement)) problems.push(`${file}: default export`);
    else if (ts.isFunctionDeclaration(statement) && hasExport(statement) && statement.name) found.push({ name: statement.name.text, body: statement.getText(source) });
    else if (ts.isVariableStatement(statement) && hasExport(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) found.push({ name: d.name.text, body: d.getText(source) });
    } else if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause) problems.push(`${file}: export *`);
      else if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          const localName = (element.propertyName ?? element.name).text;
          found.push({ name: element.name.text, body: statement.moduleSpecifier ? "" : (local.get(localName) ?? "") });
        }
      }
    }
  }
  return found;
}

/** The file's own (not exported) functions, by name. */
function localFunctions(source: ts.SourceFile): Map<string, string> {
  const found = new Map<string, string>();
  for (const statement of source.statements) {
    if (hasExport(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) found.set(statement.name.text, statement.getText(source));
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) found.set(d.name.text, d.getText(source));
  }
  return found;
}

/** An action's text with the text of the file's own helpers it calls (one level), e.g. a shared `step()`. */
function withCalledHelpers(body: string, helpers: Map<string, string>): string {
  const called = [...helpers].filter(([name]) => new RegExp(`\\b${name}\\s*[(<]`).test(body)).map(([, text]) => text);
  return [body, ...called].join("\n");
}

/** Inline "use server" directives inside functions (not at the top of a file). */
function inlineUseServer(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (ts.isBlock(node) && node.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server")) found = true;
    ts.forEachChild(node, visit);
  };
  source.statements.forEach(visit);
  return found;
}

export function entryPoints(root = process.cwd()): { points: EntryPoint[]; problems: string[] } {
  const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
  const problems: string[] = [];
  const points: EntryPoint[] = [];
  const files = ["app", "components", "lib"].flatMap((dir) => walk(path.join(root, dir))).filter((f) => SOURCE.test(f));
  for (const full of files) {
    const file = rel(full);
    const text = readFileSync(full, "utf8");
    if (!text.includes("use server") && !/\/route\.[jt]sx?$/.test(file)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    if (inlineUseServer(source)) problems.push(`${file}: inline "use server" (put server actions into an actions.ts file)`);
    if (startsWithUseServer(source)) {
      const helpers = localFunctions(source);
      for (const e of exportsOf(source, problems, file)) points.push({ key: `${file}#${e.name}`, file, name: e.name, kind: "action", body: withCalledHelpers(e.body, helpers) });
    } else if (/^app\/(intern|api)\/.*\/?route\.[jt]sx?$/.test(file)) {
      for (const e of exportsOf(source, problems, file)) if (HTTP_METHODS.has(e.name)) points.push({ key: `${file}#${e.name}`, file, name: e.name, kind: "route", body: e.body });
    }
  }
  return { points, problems };
}
