import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every way into the data of the signed-in area and the API, found in the source: each exported
 * server action of app/intern/**\/actions.ts and each exported handler of app/intern/**\/route.ts
 * and app/api/**\/route.ts, as "<file>#<export>".
 */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type EntryPoint = { key: string; file: string; name: string; kind: "action" | "route"; body: string };

function exportsOf(file: string, source: string, kind: EntryPoint["kind"]): EntryPoint[] {
  const found: EntryPoint[] = [];
  const declared = [...source.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)(\w+)/g)];
  declared.forEach((match, i) => {
    const name = match[1];
    if (kind === "route" && !HTTP_METHODS.includes(name)) return;
    const end = declared[i + 1]?.index ?? source.length;
    found.push({ key: `${file}#${name}`, file, name, kind, body: source.slice(match.index, end) });
  });
  for (const match of source.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of match[1].split(",")) {
      const name = part.split(/\s+as\s+/).pop()!.trim();
      if (name && (kind === "action" || HTTP_METHODS.includes(name))) found.push({ key: `${file}#${name}`, file, name, kind, body: source });
    }
  }
  return found;
}

export function entryPoints(root = process.cwd()): EntryPoint[] {
  const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");
  const files = [...walk(path.join(root, "app/intern")), ...walk(path.join(root, "app/api"))].map(rel);
  return files.flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (file.startsWith("app/intern/") && file.endsWith("/actions.ts")) return exportsOf(file, source, "action");
    if (file.endsWith("/route.ts")) return exportsOf(file, source, "route");
    return [];
  });
}
