/**
 * Values that must differ in every answer, even one taken from the rendered-response cache: the
 * CSP nonce and the one-use timestamp token of the registration and application forms. A render
 * for the cache writes placeholders that carry a per-process marker instead; every answer then
 * gets fresh values (lib/http/page-cache/stored-body.ts). The marker is 128 random bits, so no
 * text an organiser types can contain a placeholder.
 */

/** The request header through which the proxy tells a render that it renders for the cache. */
export const CACHE_RENDER_HEADER = "x-page-cache-render";

const MARKER = /^[a-f0-9]{32}$/;

export function isMarker(value: string | null | undefined): value is string {
  return !!value && MARKER.test(value);
}

export function noncePlaceholder(marker: string): string {
  return `pcn${marker}`;
}

/** Scopes are slugs (lowercase letters, digits, hyphens). */
export function formTokenPlaceholder(marker: string, scope: string): string {
  return `pct${marker}~${scope}~`;
}

/** Both kinds of placeholder of one marker: group 1 is set for a nonce, group 2 is a token's scope. */
export function placeholderPattern(marker: string): RegExp {
  return new RegExp(`pc(n)${marker}|pct${marker}~([a-z0-9-]{1,200})~`, "g");
}
