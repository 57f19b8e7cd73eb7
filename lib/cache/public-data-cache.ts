import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { publicDataVersion } from "@/db/schema";

/**
 * A per-process cache of public reads (calendar lists, event facts, filter choices, feed, API),
 * valid while the database's public_data_version (db/schema/cache.ts) stays the same. Triggers raise
 * that number in the transaction of every write that can change public output, in any process, so
 * each request reads it once (one primary-key lookup) and a change is visible on the very next
 * request everywhere — the writing process and every other one. A registration still decides on
 * fresh data (lib/registrations/register-batch.ts); only what pages show comes from here.
 *
 * Values are promises, so simultaneous misses share one read. Callers must not change a value they
 * get: it is shared by every request until the next change.
 */

const MAX_ENTRIES = 2000;

type Entry = { version: number; value: Promise<unknown> };

// On globalThis: Next.js may load this module more than once in one process (see write-transaction.ts).
const shared = globalThis as unknown as { __publicDataCache?: Map<string, Entry> };
const entries = (shared.__publicDataCache ??= new Map<string, Entry>());

/** The current number; the migration creates its row (0 when it is missing, e.g. before migrating). */
export async function readPublicDataVersion(): Promise<number> {
  const [row] = await db.select({ version: publicDataVersion.version }).from(publicDataVersion).where(eq(publicDataVersion.id, 1));
  return row?.version ?? 0;
}

/** `load()` once per key and version of the public data. */
export async function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const version = await readPublicDataVersion();
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
