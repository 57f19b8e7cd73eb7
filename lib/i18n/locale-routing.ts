import { defaultLocale, isLocale, type Locale } from "./locales";

/** The first-party cookie that remembers the language someone last browsed in (no tracking, no banner). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
/** Request headers proxy.ts sets (and strips from what the client sent): the language, and the page's path without /en. */
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
export const PATH_HEADER = "x-app-pathname";

/** Parts of the site that exist in German only: the signed-in area, the API, development pages. */
const GERMAN_ONLY = /^\/(intern|api|dev)(\/|$)/;

export type LocaleRequest = {
  method: string;
  pathname: string;
  search: string;
  cookie: string | undefined;
  /** Fetch metadata: "none" (typed, bookmark), "cross-site" (a link elsewhere), "same-origin", … */
  fetchSite: string | null;
  fetchMode: string | null;
};

export type LocaleDecision =
  | { kind: "redirect"; location: string }
  | { kind: "serve"; locale: Locale; /** the app's path, without /en */ path: string; rewrite: boolean; setCookie: Locale | null };

/** A page a person can open in either language: not the German-only parts, not files such as robots.txt. */
export function isTranslatablePath(path: string): boolean {
  if (GERMAN_ONLY.test(path)) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".") || last === "kalender.ics";
}

/**
 * What proxy.ts does with a request's language:
 * - /en/… is served from the same page with the English catalogue (the URL stays /en/…);
 * - a German URL opened from outside the site (a newsletter link, a bookmark) by someone whose last
 *   language here was English is redirected to its /en twin;
 * - a page opened in a language that differs from the cookie updates the cookie, so the choice of
 *   the language switch is remembered.
 */
export function decideLocale(req: LocaleRequest): LocaleDecision {
  const remembered = isLocale(req.cookie) ? req.cookie : null;
  const navigation = req.method === "GET" && req.fetchMode === "navigate";
  const english = req.pathname === "/en" || req.pathname.startsWith("/en/");
  if (english) {
    const path = req.pathname === "/en" ? "/" : req.pathname.slice(3);
    if (!isTranslatablePath(path)) return { kind: "serve", locale: defaultLocale, path: req.pathname, rewrite: false, setCookie: null };
    return { kind: "serve", locale: "en", path, rewrite: true, setCookie: navigation && remembered !== "en" ? "en" : null };
  }
  const page = isTranslatablePath(req.pathname);
  const fromOutside = req.fetchSite === "none" || req.fetchSite === "cross-site";
  if (page && navigation && remembered === "en" && fromOutside) {
    return { kind: "redirect", location: `${localePath("en", req.pathname)}${req.search}` };
  }
  return { kind: "serve", locale: defaultLocale, path: req.pathname, rewrite: false, setCookie: page && navigation && remembered === "en" ? "de" : null };
}

/** The URL of an app path in a language: "/veranstaltungen" → "/en/veranstaltungen", "/" → "/en". */
export function localePath(locale: Locale, path: string): string {
  if (locale === defaultLocale) return path;
  return path === "/" ? "/en" : `/en${path}`;
}
