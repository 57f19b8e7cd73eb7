import "server-only";
import { db } from "@/db/client";
import { publicDataVersion } from "@/db/schema";
import { preparedGet } from "@/lib/db/prepared-read";

/**
 * A per-process cache of public reads (calendar lists, event facts, filter choices, feed, API),
 * valid while the database's public_data_version (db/schema/cache.ts) stays the same: row 1 for
 * content, row 2 for seats taken. Triggers raise them in the transaction of every write that can
 * change public output, in any process, so each read looks at them first (one small query) and a
 * change is visible on the very next request everywhere — the writing process and every other one.
 * Reads that show no seats (the feed, the filter choices) depend on content only, so a registration
 * rush does not rebuild them. A registration still decides on
 * fresh data (lib/registrations/register-batch.ts); only what pages show comes from here.
 *
 * Values are promises, so simultaneous misses share one read. Callers must not change a value they
 * get: it is shared by every request until the next change.
 */

const MAX_ENTRIES = 2000;

type Entry = { version: string; value: Promise<unknown> };
export type PublicDataVersion = { content: number; seats: number };

// On globalThis: Next.js may load this module more than once in one process (see write-transaction.ts).
const shared = globalThis as unknown as { __publicDataCache?: Map<string, Entry> };
const entries = (shared.__publicDataCache ??= new Map<string, Entry>());

// Both numbers in one row. This read runs on every public request (and every cached page), so it
// goes through a statement prepared once: through the client it cost about 0.5 ms of CPU, more
// than the rest of a cached answer (bench:registrations, bench:calendar).
const VERSION_SQL = `select coalesce((select version from public_data_version where id = 1), 0) as content,
  coalesce((select version from public_data_version where id = 2), 0) as seats`;

/** The current numbers; the migration creates their rows (0 when missing, e.g. before migrating). */
export async function readPublicDataVersion(): Promise<PublicDataVersion> {
  const prepared = await preparedGet(VERSION_SQL);
  if (prepared) return { content: Number(prepared.row?.content ?? 0), seats: Number(prepared.row?.seats ?? 0) };
  const rows = await db.select().from(publicDataVersion);
  const of = (id: number) => rows.find((r) => r.id === id)?.version ?? 0;
  return { content: of(1), seats: of(2) };
}

/**
 * `load()` once per key and version of the public data; `{ seats: false }` for answers that show no
 * seat figures (they stay valid across registrations).
 */
export async function cachedPublicRead<T>(key: string, load: () => Promise<T>, { seats = true }: { seats?: boolean } = {}): Promise<T> {
  const current = await readPublicDataVersion();
  const version = seats ? `${current.content}.${current.seats}` : `${current.content}`;
  const hit = entries.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  // When full, the oldest entry goes (a Map keeps insertion order).
  if (hit) entries.delete(key);
  else if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  const value = load();
  entries.set(key, { version, value });
  value.catch(() => entries.delete(key));
  return value;
}

/** Empties the cache of this process (tests). */
export function clearPublicDataCache() {
  entries.clear();
}
