/**
 * Cache-Control for pages. Next.js sends dynamic pages (all of ours: the CSP nonce makes every page
 * dynamic) with "private, no-cache, no-store, max-age=0, must-revalidate", unless the response
 * already carries a Cache-Control (node_modules/next/dist/build/templates/app-page-runtime.js keeps
 * one set by proxy.ts or next.config headers in production; in development it always sends no-store).
 * "no-store" keeps browsers from restoring a page instantly on "back" (the back/forward cache).
 *
 * Public pages get "private, no-cache": browsers may keep them for back/forward but must ask again
 * before reusing them otherwise; shared caches keep nothing (every answer has its own CSP nonce and
 * one-use form tokens, and signed-in coordinators see template notes on the legal pages).
 * Everything else (a registration's private link, /meine-daten, /intern, the API, files, form posts)
 * keeps Next.js's default.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "private, no-cache";

// Exact pages, plus one level below the calendar and supervision lists (an event's or group's page).
const publicPages = [/^\/$/, /^\/veranstaltungen\/?$/, /^\/veranstaltungen\/[a-z0-9-]+\/?$/, /^\/supervision\/?$/, /^\/supervision\/[a-z0-9-]+\/?$/, /^\/(impressum|datenschutz|barrierefreiheit|leichte-sprache|gebaerdensprache)\/?$/];

/** The Cache-Control to send for a request, or null for Next.js's default (no-store). */
export function pageCacheControl(method: string, pathname: string): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  return publicPages.some((p) => p.test(pathname)) ? PUBLIC_PAGE_CACHE_CONTROL : null;
}
