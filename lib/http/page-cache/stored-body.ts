import { placeholderPattern } from "./placeholders";

/**
 * A cached body, split once at its placeholders so that each answer only joins strings. Bodies
 * without placeholders (the feeds, the API) are kept as bytes and sent as they are.
 */
export type StoredBody =
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer>; size: number }
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

