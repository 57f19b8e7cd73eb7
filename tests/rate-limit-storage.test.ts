import { beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let rateLimit: typeof import("@/lib/rate-limit/rate-limit");
let failureDelay: typeof import("@/lib/rate-limit/failure-delay");
let t: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(new Date());
  rateLimit = await import("@/lib/rate-limit/rate-limit");
  failureDelay = await import("@/lib/rate-limit/failure-delay");
  t = await import("@/db/schema");
});

const rows = async () => ({
  counters: (await ctx.db.select({ n: count() }).from(t.rateLimitCounters))[0].n,
  failures: (await ctx.db.select({ n: count() }).from(t.failureDelays))[0].n,
});

describe("rate-limit tables", () => {
  it("store every key as a short hash, also a 10 KB one", async () => {
    const long = `registration:email:${"a".repeat(10_000)}@example.org`;
    await rateLimit.hitRateLimit(long, 5, 60, Date.now());
    await failureDelay.claimTry(long, { freeFailures: 3, maxDelaySeconds: 900 }, Date.now());
    const stored = [...(await ctx.db.select().from(t.rateLimitCounters)).map((r) => r.key), ...(await ctx.db.select().from(t.failureDelays)).map((r) => r.key)];
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const key of stored) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key).not.toContain("example.org");
    }
  });

  it("shrink once the windows have passed, on the back of later writes and in the jobs' prune", async () => {
    const t0 = Date.now();
    for (let i = 0; i < 20; i++) await rateLimit.hitRateLimit(`registration:ip:quelle-${i}`, 5, 600, t0);
    for (let i = 0; i < 5; i++) await failureDelay.claimTry(`signin:account:person-${i}@example.org`, { freeFailures: 3, maxDelaySeconds: 900 }, t0);
    const before = await rows();
    expect(before.counters).toBeGreaterThanOrEqual(20);
    expect(before.failures).toBeGreaterThanOrEqual(5);
    // Past every window (and past a day for failures): one more write prunes the rest.
    await rateLimit.hitRateLimit("registration:ip:spaeter", 5, 600, t0 + 25 * 3600_000);
    expect(await rows()).toEqual({ counters: 1, failures: 0 });
    // The periodic job does the same without a write.
    const { pruneRateLimits } = await import("@/lib/rate-limit/prune");
    expect(await pruneRateLimits(t0 + 26 * 3600_000)).toEqual({ counters: 1, failures: 0 });
    expect(await rows()).toEqual({ counters: 0, failures: 0 });
  });

  it("keep a counter whose window is still open", async () => {
    const t0 = Date.now();
    await rateLimit.hitRateLimit("registration:ip:offen", 2, 3600, t0);
    await rateLimit.hitRateLimit("registration:ip:anderes", 2, 60, t0 + 120_000);
    expect((await rateLimit.hitRateLimit("registration:ip:offen", 2, 3600, t0 + 120_000)).count).toBe(2);
  });
});
