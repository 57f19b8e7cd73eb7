import { randomBytes, timingSafeEqual } from "node:crypto";
import { readPublicDataVersion } from "@/lib/cache/public-data-cache";
import { isProduction, settings } from "@/lib/config/env";
import { errorFields, logger } from "@/lib/ops/logger";
import { CACHE_RENDER_HEADER } from "./placeholders";
import { renderForCache } from "./render-for-cache";
import { RenderedStore, type Entry } from "./store";
import { answerBody, type FreshValues } from "./stored-body";

/**
 * The rendered-response cache (docs/public-cache.md): the proxy answers a cacheable request
 * (rules.ts) from the text its own server rendered for the same address under the same public-data
 * version and 30-second slot. Checking the version costs one small read per request, as it does for
 * the cache of public reads; so a change made by any process is visible on the next request.
 * Simultaneous misses of one address share one render.
 */

const SECRET_HEADER = "x-page-cache-secret";
const SLOT_MS = 30_000;

type State = { secret: string; marker: string; store: RenderedStore; inflight: Map<string, Promise<Entry>>; lastWarning: number };

// On globalThis: the proxy's request and the render it triggers must see the same secret.
const shared = globalThis as unknown as { __pageCache?: State };
function state(): State {
  return (shared.__pageCache ??= {
    secret: randomBytes(16).toString("hex"),
    marker: randomBytes(16).toString("hex"),
    store: new RenderedStore(settings().PAGE_CACHE_MAX_MB * 1024 * 1024),
    inflight: new Map(),
    lastWarning: 0,
  });
}

export function pageCacheEnabled(): boolean {
  return settings().PAGE_CACHE && isProduction() && !!process.env.PORT;
}

/** Whether this request is the proxy's own render for the cache (it carries this process's secret). */
export function isCacheRender(headers: Headers): boolean {
  const sent = headers.get(SECRET_HEADER);
  if (!sent || !pageCacheEnabled()) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(state().secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The marker of this process's placeholders (placeholders.ts). */
export function cacheMarker(): string {
  return state().marker;
}

/**
 * The request headers a page sees: never the secret, and the render marker only on the proxy's own
 * render (a client that sends either header gets them removed).
 */
export function pageRequestHeaders(headers: Headers, cacheRender: boolean): void {
  headers.delete(SECRET_HEADER);
  headers.delete(CACHE_RENDER_HEADER);
  if (cacheRender) headers.set(CACHE_RENDER_HEADER, state().marker);
}

/** What the proxy answers from the cache: the body as text or bytes, so that it is wrapped only once. */
export type CachedAnswer = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> | string };

/** The answer from the cache (rendering it first on a miss), or null: then the page renders as usual. */
export async function answerFromCache(key: string, fresh: FreshValues): Promise<CachedAnswer | null> {
  const s = state();
  const current = await readPublicDataVersion();
  const version = `${current.content}.${current.seats}`;
  const slot = Math.floor(Date.now() / SLOT_MS);
  const kept = s.store.get(key, version, slot);
  const entry = kept ?? (await fill(s, key, version, slot));
  if (!entry.rendered) return null;
  // For operators and tests: whether this answer was rendered for it ("miss") or taken as kept ("hit").
  const headers: [string, string][] = [...entry.rendered.headers, ["X-Page-Cache", kept ? "hit" : "miss"]];
  // No gzip kept here: Next.js drops a Content-Encoding the proxy sets and compresses every answer itself.
  return { status: entry.rendered.status, headers, body: answerBody(entry.rendered.body, fresh) };
}

function fill(s: State, key: string, version: string, slot: number): Promise<Entry> {
  const flight = `${slot}|${version}|${key}`;
  const running = s.inflight.get(flight);
  if (running) return running;
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${process.env.PORT}`;
  const render = renderForCache({ origin, path: key, secretHeader: SECRET_HEADER, secret: s.secret, marker: s.marker })
    .then((rendered) => {
      // Kept under the version read before the render: a change during it makes the next request render again.
      const entry: Entry = { version, slot, rendered };
      s.store.set(key, entry);
      return entry;
    })
    .catch((error: unknown) => {
      if (Date.now() - s.lastWarning > 60_000) {
        s.lastWarning = Date.now();
        logger.warn({ event: "page_cache.render_failed", error: errorFields(error) }, "page could not be rendered for the cache; rendering it directly");
      }
      return { version, slot, rendered: null } satisfies Entry;
    })
    .finally(() => s.inflight.delete(flight));
  s.inflight.set(flight, render);
  return render;
}
