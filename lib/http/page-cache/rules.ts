/**
 * Which requests the rendered-response cache (proxy.ts, docs/public-cache.md) may answer: plain
 * GETs of public pages, the public feeds and the public event API, from someone who carries no
 * cookie but the language choice. Anything that could make the answer personal or different — a
 * session or any other cookie, React's navigation requests (RSC headers, `_rsc`), HEAD, other
 * methods — is rendered as before. Pure functions; the proxy hands in what it read.
 */
import { LOCALE_COOKIE } from "@/lib/i18n/locale-routing";

// The paths without the /en prefix (the proxy passes the path it serves, after the language).
const cacheablePaths = [
  /^\/$/,
  /^\/veranstaltungen\/?$/,
  /^\/veranstaltungen\/[a-z0-9-]{1,200}\/?$/,
  /^\/veranstaltungen\/[a-z0-9-]{1,200}\/kalender\.ics$/,
  /^\/supervision\/?$/,
  /^\/supervision\/[a-z0-9-]{1,200}\/?$/,
  /^\/(impressum|datenschutz|barrierefreiheit|leichte-sprache|gebaerdensprache)\/?$/,
  /^\/kalender\.ics$/,
  /^\/api\/v1\/events$/,
  /^\/api\/v1\/events\/[a-z0-9-]{1,200}$/,
];

// Headers with which Next.js's client asks for a page's React payload instead of its HTML. Next.js
// takes them (and `_rsc`) off the request before the proxy sees it, so they are checked only in
// case a future version stops doing that; what tells the proxy reliably is the browser's fetch
// metadata: the client router fetches with `Sec-Fetch-Dest: empty`, a page is loaded as `document`.
const navigationHeaders = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const dataPaths = [/\.ics$/, /^\/api\//];

/** The longest query string worth keeping (a search typed by a person is far shorter). */
const MAX_QUERY_LENGTH = 512;

export type CacheableRequest = {
  method: string;
  /** The path the page is served under, without the language prefix. */
  servedPath: string;
  search: string;
  headers: Headers;
  cookieNames: string[];
};

export function isCacheableRequest(req: CacheableRequest): boolean {
  if (req.method !== "GET") return false;
  if (req.search.length > MAX_QUERY_LENGTH || /[?&]_rsc=/.test(req.search)) return false;
  if (req.cookieNames.some((name) => name !== LOCALE_COOKIE)) return false;
  if (req.headers.has("authorization")) return false;
  if (navigationHeaders.some((name) => req.headers.has(name))) return false;
  if (!cacheablePaths.some((p) => p.test(req.servedPath))) return false;
  // A page fetched by script is the client router asking for its React payload (see above). A
  // browser without fetch metadata gets the HTML then, and its router falls back to a full load.
  const dest = req.headers.get("sec-fetch-dest");
  return dest === null || dest === "document" || dataPaths.some((p) => p.test(req.servedPath));
}
