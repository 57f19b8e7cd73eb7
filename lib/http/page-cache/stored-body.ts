import { gzipSync } from "node:zlib";
import { placeholderPattern } from "./placeholders";

/**
 * A cached body, split once at its placeholders so that each answer only joins strings. Bodies
 * without placeholders (the feeds, the API) are kept as bytes and sent as they are.
 */
export type StoredBody =
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer>; size: number; gzipped?: Uint8Array<ArrayBuffer> }
  | { kind: "parts"; parts: (string | Slot)[]; size: number };
type Slot = { slot: "nonce" } | { slot: "token"; scope: string };

export type FreshValues = { nonce: string; formToken: (scope: string) => string };

export function storeBody(bytes: Uint8Array<ArrayBuffer>, marker: string): StoredBody {
  const text = new TextDecoder().decode(bytes);
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern(marker))) {
    parts.push(text.slice(last, match.index));
    parts.push(match[1] ? { slot: "nonce" } : { slot: "token", scope: match[2] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return { kind: "bytes", bytes, size: bytes.byteLength };
  parts.push(text.slice(last));
  return { kind: "parts", parts, size: bytes.byteLength };
}

/** The body of one answer, with this answer's own nonce and form tokens. */
export function answerBody(body: StoredBody, fresh: FreshValues): Uint8Array<ArrayBuffer> | string {
  if (body.kind === "bytes") return body.bytes;
  const tokens = new Map<string, string>();
  let out = "";
  for (const part of body.parts) {
    if (typeof part === "string") out += part;
    else if (part.slot === "nonce") out += fresh.nonce;
    else {
      // The same form shows its token twice (the HTML field and React's copy of its props): one value.
      let token = tokens.get(part.scope);
      if (token === undefined) tokens.set(part.scope, (token = fresh.formToken(part.scope)));
      out += token;
    }
  }
  return out;
}

/**
 * A body without placeholders, compressed once for every client that accepts gzip (calendar apps
 * polling the feed do): Next.js would otherwise compress the same megabyte on every request. It
 * leaves answers alone that carry a Content-Encoding. Bodies with a nonce differ per answer and
 * are compressed by Next.js as before.
 */
export function gzippedBody(body: StoredBody): Uint8Array<ArrayBuffer> | null {
  if (body.kind !== "bytes" || body.size < 1024) return null;
  if (!body.gzipped) {
    const zipped = gzipSync(body.bytes);
    body.gzipped = new Uint8Array(zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength));
  }
  return body.gzipped;
}

/** Whether an Accept-Encoding header admits gzip (named or by "*", with a quality above 0). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(",").some((entry) => {
    const [name, ...params] = entry.trim().toLowerCase().split(";");
    if (name.trim() !== "gzip" && name.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}
