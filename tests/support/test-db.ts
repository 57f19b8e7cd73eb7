import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A fresh database file with the migrations applied and the Mainz demo seeded, anchored at `now`.
 * Sets DATABASE_URL before the app's db client is first imported, so import app modules after
 * calling this (dynamic import).
 */
export async function freshDemoDatabase(now: Date) {
  const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "calendar-test-")), "test.db")}`;
  process.env.DATABASE_URL = url;
  const { connect } = await import("@/db/connect");
  const { applyMigrations } = await import("@/db/migrate");
  const { seedDemo } = await import("@/db/seed/demo");
  const { db, client } = connect(url);
  await applyMigrations(db, client, url);
  await seedDemo(db, { now });
  return { db, client, url };
}

type TestDb = Awaited<ReturnType<typeof freshDemoDatabase>>["db"];
type EventValues = typeof import("@/db/schema").events.$inferInsert;

/**
 * A published training of the city's coordination office on a database from freshDemoDatabase:
 * ten days after `now`, one session of two hours. `values` sets slug, title, capacity and whatever
 * else a test needs.
 */
export async function insertPublishedEvent(db: TestDb, now: Date, values: Pick<EventValues, "slug" | "title" | "capacity"> & Partial<EventValues>) {
  const t = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const [org] = await db.select().from(t.organisations).where(eq(t.organisations.slug, "fluechtlingskoordination"));
  const [format] = await db.select().from(t.formats).where(eq(t.formats.isSupervision, false)).limit(1);
  const startsAt = new Date(now.getTime() + 10 * 24 * 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + 7200 * 1000);
  const [event] = await db
    .insert(t.events)
    .values({ summary: "s", description: "d", formatId: format.id, organisationId: org.id, status: "published", startsAt, endsAt, ...values })
    .returning();
  await db.insert(t.eventSessions).values({ eventId: event.id, startsAt, endsAt });
  return event;
}
