/**
 * A small in-process cache with a time to live and a size bound, for answers that many clients ask
 * for in the same minute (calendar apps polling the feed). Values are promises, so concurrent
 * misses share one computation.
 */
export function ttlCache<T>(ttlMs: number, maxEntries = 100) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> => {
    const hit = entries.get(key);
    if (hit && now - hit.at <= ttlMs) return hit.value;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
    const value = compute();
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}
