/**
 * Checks the proxy (proxy.ts) makes on every request before Next.js routes it. Each catches a kind
 * of input that used to end in a 500 or in a stored value that reads back differently:
 * - a path segment that is no valid percent-encoding ("%ff"): Next.js's decodeURIComponent of the
 *   route parameter throws;
 * - control characters (NUL and the like) in the path or the body: libSQL cuts text at a NUL (the
 *   name "Ana\0x" is stored as "Ana"), and a NUL in a redirect or mail header throws;
 * - a post to a page from another origin: Next.js's server-action origin check throws;
 * - a body over the largest any form or the API needs.
 * The zod schemas behind each entry point still validate everything else.
 */

export type Refusal = { status: 400 | 403 | 413; reason: "malformedPath" | "controlCharacters" | "crossOrigin" | "tooLarge" };

/** No form or API call of the platform comes near this (Next.js's server actions stop at 1 MB too). */
export const MAX_BODY_BYTES = 1024 * 1024;

// C0 control characters except tab, line feed and carriage return (which text areas post).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PERCENT_CONTROL = /%(?:0[0-8bcef]|1[0-9a-f]|7f)/i;
// "\u0000" in JSON (an even number of backslashes before it would make it literal text).
const JSON_ESCAPED_CONTROL = /(?<!\\)(?:\\\\)*\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)/i;

/** A raw path (as sent, still percent-encoded) whose segments all decode to printable text. */
export function checkPath(rawPath: string): Refusal | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: "malformedPath" };
  }
  return CONTROL.test(decoded) ? { status: 400, reason: "controlCharacters" } : null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Posts to pages (server actions, forms) only from this site. Browsers send Origin with every
 * post; a post without one (curl, old clients) is left to Next.js, which lets it through as
 * before. "null" or another host is refused. The JSON API is public and not checked here.
 */
export function checkOrigin(method: string, headers: Headers, publicUrl: string): Refusal | null {
  if (SAFE_METHODS.has(method)) return null;
  const origin = headers.get("origin");
  if (origin === null) return null;
  const originHost = hostOf(origin);
  const own = [headers.get("x-forwarded-host")?.split(",")[0].trim(), headers.get("host"), hostOf(publicUrl)];
  return originHost !== null && own.includes(originHost) ? null : { status: 403, reason: "crossOrigin" };
}

/** A declared body size over the limit. */
export function checkDeclaredSize(method: string, headers: Headers): Refusal | null {
  if (SAFE_METHODS.has(method)) return null;
  const length = Number(headers.get("content-length") ?? 0);
  return length > MAX_BODY_BYTES ? { status: 413, reason: "tooLarge" } : null;
}

/** A body (at most MAX_BODY_BYTES of it) with control characters, raw or encoded as its type encodes them. */
export function checkBody(body: Uint8Array, contentType: string | null): Refusal | null {
  if (body.length === 0) return null;
  if (body.length > MAX_BODY_BYTES) return { status: 413, reason: "tooLarge" };
  // Byte for byte: every control character is a single byte in UTF-8, and no other byte looks like one.
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1");
  const type = (contentType ?? "").toLowerCase();
  const found = CONTROL.test(text) || (type.startsWith("application/x-www-form-urlencoded") ? PERCENT_CONTROL.test(text) : JSON_ESCAPED_CONTROL.test(text));
  return found ? { status: 400, reason: "controlCharacters" } : null;
}
