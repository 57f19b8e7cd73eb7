/**
 * The interface languages. German is the default and lives at the plain URLs; English lives under
 * /en (see lib/i18n/locale-routing.ts and proxy.ts). The signed-in area is German only.
 */
export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored or sent value as a locale; anything unknown counts as German. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}
