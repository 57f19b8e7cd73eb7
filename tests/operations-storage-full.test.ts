import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase, insertPublishedEvent } from "./support/test-db";

/**
 * A full disk, for real: `PRAGMA max_page_count` caps the app's connection at the pages the file
 * has, so SQLite answers SQLITE_FULL as it would on a full filesystem. Registrations then fail
 * whole (no registration without its mail), the API answers 503 problem+json, the database stays
 * intact, and once space returns (the cap is lifted) the next registration works without a restart.
 */
const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let appDb: typeof import("@/db/client").db;
let route: typeof import("@/app/api/v1/events/[slug]/registrations/route");
let settings: typeof import("@/lib/config/env");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  ({ db: appDb } = await import("@/db/client"));
  route = await import("@/app/api/v1/events/[slug]/registrations/route");
  settings = await import("@/lib/config/env");
  settings.reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_IP: "0", REGISTRATION_RATE_LIMIT_PER_EMAIL: "0", REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: "0" });
});
afterAll(() => {
  settings.reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_IP: undefined, REGISTRATION_RATE_LIMIT_PER_EMAIL: undefined, REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE: undefined });
});

const post = (slug: string, n: number) =>
  route.POST(
    new Request(`https://fortbildung.example.org/api/v1/events/${slug}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ firstName: "Test", lastName: "Person", email: `voll-${n}@example.org`, initiative: "keine", consent: true }),
    }),
    { params: Promise.resolve({ slug }) },
  );

it("answers 503 while the disk is full, keeps the database whole, and recovers by itself", async () => {
  const event = await insertPublishedEvent(ctx.db, now, { slug: "voll", title: "Voll", capacity: 10 });
  expect((await post(event.slug, 0)).status).toBe(202);

  // The disk fills up: no page beyond those the file has now. Registrations go on until one no
  // longer fits in the free space of the existing pages.
  const pages = Number((await appDb.$client.execute("pragma page_count")).rows[0].page_count);
  await appDb.$client.execute(`pragma max_page_count = ${pages}`);
  // The registration's write has its own connection (lib/db/prepared-write.ts); a real full disk stops both.
  const { execOnPreparedWriteConnection } = await import("@/lib/db/prepared-write");
  await execOnPreparedWriteConnection(`pragma max_page_count = ${pages}`);
  const { logger } = await import("@/lib/ops/logger");
  const errors = vi.spyOn(logger, "error").mockImplementation(() => undefined);
  let full: Response | null = null;
  let n = 1;
  for (; n < 2000 && !full; n++) {
    const response = await post(event.slug, n);
    if (response.status !== 202) full = response;
  }
  expect(full, "the capped database never filled up").not.toBeNull();
  expect(full!.status).toBe(503);
  expect(full!.headers.get("content-type")).toBe("application/problem+json");
  expect(full!.headers.get("retry-after")).toBe("30");
  expect(await full!.json()).toMatchObject({ status: 503, title: "Vorübergehend nicht verfügbar" });
  // The log line names the driver's error (its code), not the query's values.
  expect(JSON.stringify((errors.mock.calls[0] as unknown[] | undefined)?.[0])).toMatch(/SQLITE_FULL|full/);
  // Still full: a second try fails the same way, calmly.
  expect((await post(event.slug, n)).status).toBe(503);
  errors.mockRestore();

  // Nothing half-written: every stored registration has its mail; the file is intact.
  const check = async () => {
    const integrity = await ctx.client.execute("pragma integrity_check");
    expect(integrity.rows[0]).toMatchObject({ integrity_check: "ok" });
    const withoutMail = await ctx.client.execute({
      sql: "select r.id from registrations r where r.event_id = ? and not exists (select 1 from mail_outbox m where m.registration_id = r.id)",
      args: [event.id],
    });
    expect(withoutMail.rows).toEqual([]);
    const rows = await ctx.db.select({ status: t.registrations.status }).from(t.registrations).where(eq(t.registrations.eventId, event.id));
    expect(rows.filter((r) => r.status === "confirmed").length).toBeLessThanOrEqual(10);
    return rows.length;
  };
  const stored = await check();
  expect(stored).toBe(n - 1);

  // Space returns: the same process, the same connection, the next registration goes through.
  await appDb.$client.execute("pragma max_page_count = 1073741823");
  await execOnPreparedWriteConnection("pragma max_page_count = 1073741823");
  expect((await post(event.slug, n + 1)).status).toBe(202);
  expect(await check()).toBe(stored + 1);
});

it("tells storage errors from others, also when drizzle wraps them", async () => {
  const { isStorageUnavailable } = await import("@/lib/operations/storage-error");
  const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: insert into …"), { cause });
  expect(isStorageUnavailable(wrapped(Object.assign(new Error("SQLITE_FULL: database or disk is full"), { code: "SQLITE_FULL" })))).toBe(true);
  expect(isStorageUnavailable(wrapped(Object.assign(new Error("x"), { code: "SQLITE_READONLY_DBMOVED" })))).toBe(true);
  expect(isStorageUnavailable(Object.assign(new Error("x"), { code: "SQLITE_IOERR_WRITE" }))).toBe(true);
  expect(isStorageUnavailable(new Error("SQLITE_BUSY: database is locked"))).toBe(true);
  expect(isStorageUnavailable(wrapped(Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT" })))).toBe(false);
  expect(isStorageUnavailable(new TypeError("undefined is not a function"))).toBe(false);
  expect(isStorageUnavailable(null)).toBe(false);
});
