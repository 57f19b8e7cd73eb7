import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { publicDataVersionMigrationSql, publicDataVersionTriggers } from "@/db/triggers/public-data-version";

const now = new Date("2026-11-25T12:00:00Z");
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let q: typeof import("@/lib/events/public-queries");
let cache: typeof import("@/lib/cache/public-data-cache");
let t: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  q = await import("@/lib/events/public-queries");
  cache = await import("@/lib/cache/public-data-cache");
  t = await import("@/db/schema");
});

describe("the cache of public reads", () => {
  it("has its triggers written verbatim into migration 0016", () => {
    const dir = path.join(process.cwd(), "db/migrations");
    const file = readdirSync(dir).find((f) => f.startsWith("0016_"))!;
    expect(readFileSync(path.join(dir, file), "utf8")).toContain(publicDataVersionMigrationSql);
    expect(publicDataVersionTriggers.length).toBe(33);
  });

  it("serves the same answer while nothing changes", async () => {
    const first = await q.listPublicEvents({}, now, 5);
    expect(await q.listPublicEvents({}, now, 5)).toBe(first);
    const [event] = first.entries;
    const facts = await q.getPublicEvent(event.slug);
    expect(await cache.cachedPublicRead(`event:slug:${event.slug}`, async () => null)).toBe(facts);
  });

  it("reads afresh after every kind of write that changes public output, from any connection", async () => {
    const { entries } = await q.listPublicEvents({}, now, 5);
    const event = entries.find((e) => e.capacity - e.seatsTaken >= 2)!;
    const version = async () => {
      const v = await cache.readPublicDataVersion();
      return v.content + v.seats;
    };
    const seats = async () => (await q.listPublicEvents({}, now, 5)).entries.find((e) => e.id === event.id)!.seatsTaken;
    const before = await version();

    // A registration and its cancellation (the test's own connection is "another process").
    const [r] = await ctx.db
      .insert(t.registrations)
      .values({ eventId: event.id, status: "confirmed", firstName: "Cache", lastName: "Test", email: "cache@example.org", emailNormalized: "cache@example.org" })
      .returning();
    expect(await seats()).toBe(event.seatsTaken + 1);
    await ctx.db.update(t.registrations).set({ status: "cancelled" }).where(eq(t.registrations.id, r.id));
    expect(await seats()).toBe(event.seatsTaken);
    // A change that shows nowhere in public leaves the cache alone.
    const unchanged = await version();
    await ctx.db.update(t.registrations).set({ phone: "06131 12345" }).where(eq(t.registrations.id, r.id));
    expect(await version()).toBe(unchanged);

    // An edit, and the lists the office keeps.
    await ctx.db.update(t.events).set({ title: "Neuer Titel im Cache-Test" }).where(eq(t.events.id, event.id));
    expect((await q.getPublicEvent(event.slug))!.event.title).toBe("Neuer Titel im Cache-Test");
    const formatsBefore = (await q.listFilterOptions()).formats.length;
    await ctx.db.update(t.formats).set({ active: false }).where(eq(t.formats.slug, "dankesfest"));
    expect((await q.listFilterOptions()).formats.length).toBe(formatsBefore - 1);
    expect(await version()).toBeGreaterThan(before + 3);
  });

  it("keeps the feed and the filter choices across registrations, but not across edits", async () => {
    const feed = await q.listPublicEventsForFeed({}, now);
    const options = await q.listFilterOptions();
    const event = feed[0];
    await ctx.db.insert(t.registrations).values({ eventId: event.id, status: "confirmed", firstName: "Feed", lastName: "Test", email: "feed@example.org", emailNormalized: "feed@example.org" });
    expect(await q.listPublicEventsForFeed({}, now)).toBe(feed);
    expect(await q.listFilterOptions()).toBe(options);
    await ctx.db.update(t.events).set({ title: "Geänderter Titel im Feed" }).where(eq(t.events.id, event.id));
    const after = await q.listPublicEventsForFeed({}, now);
    expect(after).not.toBe(feed);
    expect(after.find((e) => e.id === event.id)!.title).toBe("Geänderter Titel im Feed");
  });
});
