import { getLocale } from "next-intl/server";
import { isSimpleText } from "./format-text";
import { loadMessages } from "./messages";
import { toLocale } from "./locales";
import { TextsProvider, type TextTree } from "./texts-context";

/**
 * Gives the client components inside it the named parts of the catalogue ("registration",
 * "common.forms"), in the request's language, for useTexts (lib/i18n/texts-context.tsx). Only
 * messages the browser can format are sent (isSimpleText): the rest is the server's, and leaving it
 * out keeps the page's HTML short.
 */
export async function ClientTexts({ paths, children }: { paths: readonly string[]; children: React.ReactNode }) {
  const locale = toLocale(await getLocale());
  return (
    <TextsProvider locale={locale} messages={pickTexts(loadMessages(locale) as unknown as TextTree, paths)}>
      {children}
    </TextsProvider>
  );
}

/** The parts of the catalogue under the given dotted paths, nested as in the catalogue, simple messages only. */
export function pickTexts(catalogue: TextTree, paths: readonly string[]): TextTree {
  const picked: TextTree = {};
  for (const path of paths) {
    const parts = path.split(".");
    const value = parts.reduce<string | TextTree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), catalogue);
    if (value === undefined) throw new Error(`Kein Katalogteil ${path}`);
    let target = picked;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as TextTree;
    target[parts[parts.length - 1]] = simpleOnly(value);
  }
  return picked;
}

function simpleOnly(value: string | TextTree): string | TextTree {
  if (typeof value === "string") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => typeof v !== "string" || isSimpleText(v))
      .map(([k, v]) => [k, simpleOnly(v)]),
  );
}
