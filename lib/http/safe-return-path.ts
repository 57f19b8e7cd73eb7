/**
 * Where to go after signing in: only a path inside /intern, never another site. The value comes
 * from the address bar (?weiter=…), so it is rebuilt from its parsed parts: characters a Location
 * header cannot carry ("/intern/。", a NUL) come back percent-encoded instead of ending in a 500,
 * and dot segments are resolved before the /intern check.
 */
export function safeReturnPath(value: unknown, fallback = "/intern"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || /[\\\s]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://return.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://return.invalid" || !/^\/intern(\/|$)/.test(url.pathname)) return fallback;
  const path = `${url.pathname}${url.search}`;
  try {
    decodeURIComponent(path); // "%ff" would only move the 400 to the next request
  } catch {
    return fallback;
  }
  // Only printable ASCII is left after parsing; anything else means the parser let something through.
  return /^[\x21-\x7e]+$/.test(path) ? path : fallback;
}
