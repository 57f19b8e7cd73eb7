import { storeBody } from "./stored-body";
import type { Rendered } from "./store";

/**
 * Renders an address for the cache: the proxy asks its own server for it, as a request without
 * cookies or client headers, marked with this process's secret so that the proxy lets it through
 * to the page and gives it placeholders instead of the nonce and form tokens. So a cached answer
 * holds nothing any client sent but the address itself.
 */

// Everything the proxy sets again on each answer, and what belongs to one connection.
const notKept = new Set([
  "content-security-policy",
  "permissions-policy",
  "strict-transport-security",
  "set-cookie",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  // The access log's id of the render's own request (lib/ops/access-log.ts); each answer has its own.
  "x-request-id",
]);
// Next.js's instructions from the proxy to its router (a rewrite): meaningless, even harmful, in an answer.
const internalPrefix = "x-middleware-";

export const MAX_RENDERED_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

export type RenderRequest = { origin: string; path: string; secretHeader: string; secret: string; marker: string };

/** The rendered answer, or null when it must not be kept (not 200, a cookie, too large). Throws when the server cannot be reached. */
export async function renderForCache({ origin, path, secretHeader, secret, marker }: RenderRequest): Promise<Rendered | null> {
  const response = await fetch(`${origin}${path}`, {
    headers: { [secretHeader]: secret, "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status !== 200 || response.headers.has("set-cookie") || !response.body) {
    await response.body?.cancel();
    return null;
  }
  const bytes = await readBounded(response.body, MAX_RENDERED_BYTES);
  if (!bytes) return null;
  const headers = [...response.headers].filter(([name]) => !notKept.has(name.toLowerCase()) && !name.toLowerCase().startsWith(internalPrefix));
  return { status: 200, headers, body: storeBody(bytes, marker) };
}

async function readBounded(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
