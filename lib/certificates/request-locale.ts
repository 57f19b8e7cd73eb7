import { LOCALE_COOKIE, LOCALE_HEADER } from "@/lib/i18n/locale-routing";
import { toLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The language of a request to a route handler: proxy.ts names it in a header it sets itself (the
 * client's own header of that name is dropped there), "en" under /en/…. Anything unknown is German.
 */
export function requestLocale(request: Request): Locale {
  return toLocale(request.headers.get(LOCALE_HEADER));
}

/**
 * The language of a download whose address has no /en twin (a file name with a dot, such as
 * fortbildungsnachweis.pdf, is not rewritten by proxy.ts): the /en header if there is one, otherwise
 * the language the person last browsed in (the locale cookie that the language switch sets).
 */
export function downloadLocale(request: Request): Locale {
  const fromPath = requestLocale(request);
  if (fromPath !== "de") return fromPath;
  const cookie = request.headers.get("cookie") ?? "";
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookie);
  return toLocale(match?.[1]);
}
