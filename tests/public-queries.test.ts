import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";

const now = new Date("2026-11-25T12:00:00Z");
let q: typeof import("@/lib/events/public-queries");
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let schema: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  q = await import("@/lib/events/public-queries");
  schema = await import("@/db/schema");
});

async function allUpcoming(filter: Parameters<typeof q.listPublicEvents>[0] = {}) {
  return (await q.listPublicEvents(filter, now, 1000)).entries;
}

describe("public calendar queries", () => {
  it("never return drafts, events in review or events of deactivated organisations", async () => {
    const hidden = await ctx.db.select().from(schema.events).where(eq(schema.events.status, "draft"));
    expect(hidden.length).toBeGreaterThan(0);
    const entries = [...(await allUpcoming()), ...(await q.listPublicEvents({ zeit: "vergangen" }, now, 1000)).entries];
    expect(entries.every((e) => e.status === "published" || e.status === "cancelled")).toBe(true);
    expect(entries.some((e) => e.organisationSlug === "verein-altstadtbruecke")).toBe(false);
    for (const e of hidden) expect(await q.getPublicEvent(e.slug)).toBeNull();
    const feed = await q.listPublicEventsForFeed({}, now);
    expect(feed.some((e) => /Entwurf|In Prüfung|aufgelöst/.test(e.title))).toBe(false);
  });

  it("list upcoming events in order and past events newest first", async () => {
    const upcoming = await allUpcoming();
    expect(upcoming.length).toBeGreaterThan(30);
    expect(upcoming.every((e) => e.endsAt >= now)).toBe(true);
    expect(upcoming.map((e) => e.startsAt.getTime())).toEqual([...upcoming.map((e) => e.startsAt.getTime())].sort((a, b) => a - b));
    const past = (await q.listPublicEvents({ zeit: "vergangen" }, now, 1000)).entries;
    expect(past.length).toBeGreaterThan(10);
    expect(past.every((e) => e.endsAt < now)).toBe(true);
    expect(past[0].startsAt.getTime()).toBeGreaterThan(past[past.length - 1].startsAt.getTime());
  });

  it("fill a full feed with what comes next first, and with the latest past events up to a fifth", async () => {
    const past = (await q.listPublicEvents({ zeit: "vergangen" }, now, 1000)).entries;
    const upcoming = await allUpcoming();
    // The demo has more past events than this small feed has room for past ones.
    const limit = 10;
    expect(past.length).toBeGreaterThan(limit / 5);
    const feed = await q.listPublicEventsForFeed({}, now, limit);
    expect(feed.map((e) => e.slug)).toEqual([
      ...past.slice(0, limit / 5).map((e) => e.slug).reverse(),
      ...upcoming.slice(0, limit - limit / 5).map((e) => e.slug),
    ]);
  });

  it("filter by format, topic, provider, language, online, free seats and step-free access", async () => {
    expect((await allUpcoming({ format: "gruppensupervision" })).every((e) => e.formatSlug === "gruppensupervision")).toBe(true);
    expect((await allUpcoming({ traeger: "volkshochschule-am-rhein" })).every((e) => e.organisationSlug === "volkshochschule-am-rhein")).toBe(true);
    const online = await allUpcoming({ online: "1" });
    expect(online.length).toBeGreaterThan(0);
    expect(online.every((e) => e.attendanceMode !== "in_person")).toBe(true);
    const free = await allUpcoming({ frei: "1" });
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((e) => e.seatsTaken < e.capacity && e.status === "published")).toBe(true);
    expect((await allUpcoming()).some((e) => e.seatsTaken >= e.capacity)).toBe(true);
    const accessible = await allUpcoming({ barrierefrei: "1" });
    expect(accessible.every((e) => e.venueStepFree === true || e.attendanceMode !== "in_person")).toBe(true);
    const arabic = await allUpcoming({ sprache: "ar" });
    expect(arabic.length).toBeGreaterThan(0);
    for (const e of arabic.slice(0, 3)) expect((await q.getPublicEvent(e.slug))!.languages).toContain("ar");
    const law = await allUpcoming({ thema: "asylrecht" });
    expect(law.length).toBeGreaterThan(0);
    for (const e of law.slice(0, 3)) expect((await q.getPublicEvent(e.slug))!.topics.map((t) => t.slug)).toContain("asylrecht");
  });

  it("filter by a date range in Berlin time", async () => {
    const december = await allUpcoming({ von: "2026-12-01", bis: "2026-12-31" });
    expect(december.length).toBeGreaterThan(0);
    for (const e of december) {
      expect(e.endsAt >= new Date("2026-11-30T23:00:00Z")).toBe(true);
      expect(e.startsAt < new Date("2026-12-31T23:00:00Z")).toBe(true);
    }
  });

  it("search words anywhere, without accents, inside compound words", async () => {
    expect((await allUpcoming({ q: "fursorge" })).some((e) => e.title.includes("Selbstfürsorge"))).toBe(true);
    expect((await allUpcoming({ q: "kindeswohl" })).every((e) => /Kindeswohl/.test(e.title))).toBe(true);
    expect((await allUpcoming({ q: "Lindner" })).length).toBeGreaterThan(0); // a trainer's name
    expect(await allUpcoming({ q: "zzzzunbekannt" })).toEqual([]);
  });

  it("page through results", async () => {
    const first = await q.listPublicEvents({}, now, 10);
    const second = await q.listPublicEvents({ seite: 2 }, now, 10);
    expect(first.pageCount).toBeGreaterThan(1);
    expect(second.entries[0].id).not.toBe(first.entries[0].id);
    expect(first.total).toBe(second.total);
  });

  it("page through search results, and count them past the last page", async () => {
    // A full-text search pages and counts in one statement; past the last page it counts apart.
    const all = await q.listPublicEvents({ q: "supervision" }, now, 1000);
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.entries.map((e) => e.id)).toHaveLength(all.total);
    const second = await q.listPublicEvents({ q: "supervision", seite: 2 }, now, 1);
    expect(second.entries.map((e) => e.id)).toEqual([all.entries[1].id]);
    expect(second.total).toBe(all.total);
    const beyond = await q.listPublicEvents({ q: "supervision", seite: 1000 }, now, 1);
    expect(beyond.entries).toEqual([]);
    expect(beyond.total).toBe(all.total);
  });

  it("place multi-session events into the month by their sessions", async () => {
    const { entries, sessions } = await q.listPublicEventsForMonth({ format: "gruppensupervision" }, "2026-12");
    expect(entries.length).toBeGreaterThan(0);
    expect(sessions.length).toBeGreaterThan(entries.length);
  });
});
