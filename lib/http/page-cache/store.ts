import type { StoredBody } from "./stored-body";

/**
 * The rendered answers of one process, least recently used first out, bounded by count and bytes.
 * An entry is valid for one public-data version (lib/cache/public-data-cache.ts) and one time slot
 * (pages also depend on the clock: "upcoming", registration opening and closing).
 */
export type Rendered = { status: number; headers: [string, string][]; body: StoredBody };
/** `null`: this address cannot be kept under this version (not 200, a cookie, too large); render it each time. */
export type Entry = { version: string; slot: number; rendered: Rendered | null };

const MAX_ENTRIES = 1000;

export class RenderedStore {
  private entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private maxBytes: number) {}

  get(key: string, version: string, slot: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || entry.slot !== slot) return undefined;
    // Most recently used goes to the end (a Map keeps insertion order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry) {
    this.delete(key);
    const size = sizeOf(entry);
    if (size > this.maxBytes) return;
    while (this.entries.size >= MAX_ENTRIES || this.bytes + size > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    this.entries.set(key, entry);
    this.bytes += size;
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(entry);
  }
}

function sizeOf(entry: Entry): number {
  // 1 KiB for the key (at most ~0.5 KiB, rules.ts) and the bookkeeping, plus headers and body.
  const headerBytes = entry.rendered?.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) ?? 0;
  return 1024 + headerBytes + (entry.rendered?.body.size ?? 0);
}
