import { getLocale, getTranslations } from "next-intl/server";
import { currentAppPath } from "@/lib/i18n/current-path";
import { localePath } from "@/lib/i18n/locale-routing";
import type { Locale } from "@/lib/i18n/locales";

/**
 * "English" on German pages, "Deutsch" on English ones: the same page with its filters in the other
 * language. A plain link (works without JavaScript); proxy.ts remembers the choice in a cookie.
 */
export async function LanguageSwitch({ className }: { className?: string }) {
  const locale = (await getLocale()) as Locale;
  const other: Locale = locale === "de" ? "en" : "de";
  const t = await getTranslations("common.languageSwitch");
  const path = await currentAppPath();
  const [pathname, query] = splitQuery(path);
  return (
    <a href={`${localePath(other, pathname)}${query}`} hrefLang={other} lang={other} className={className} aria-label={t("label")}>
      {t("name")}
    </a>
  );
}

/** The hreflang alternates of the current page, hoisted into <head> by React. */
export async function LanguageAlternates({ origin }: { origin: string }) {
  const [pathname, query] = splitQuery(await currentAppPath());
  const url = (locale: Locale) => new URL(`${localePath(locale, pathname)}${query}`, origin).toString();
  return (
    <>
      <link rel="alternate" hrefLang="de" href={url("de")} />
      <link rel="alternate" hrefLang="en" href={url("en")} />
      <link rel="alternate" hrefLang="x-default" href={url("de")} />
    </>
  );
}

function splitQuery(path: string): [string, string] {
  const at = path.indexOf("?");
  return at < 0 ? [path, ""] : [path.slice(0, at), path.slice(at)];
}
