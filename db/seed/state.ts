import { count, eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import * as t from "@/db/schema";

export const DEMO_MARKER = "demo_data";

/** "empty", "demo" (only seeded demo data) or "real" (anything a person may have entered). */
export async function databaseState(db: Database): Promise<"empty" | "demo" | "real"> {
  const [marker] = await db.select().from(t.appMeta).where(eq(t.appMeta.key, DEMO_MARKER));
  if (marker) return "demo";
  const [orgs] = await db.select({ n: count() }).from(t.organisations);
  const [evts] = await db.select({ n: count() }).from(t.events);
  return orgs.n + evts.n === 0 ? "empty" : "real";
}

/** Deletes all content, children before parents. Later tables must be added here. */
export async function wipeContent(db: Database) {
  await db.batch([
    db.delete(t.auditLog),
    db.delete(t.accountTokens),
    db.delete(t.accounts),
    db.delete(t.sessionAttendance),
    db.delete(t.mailOutbox),
    db.delete(t.rateLimitCounters),
    db.delete(t.failureDelays),
    db.delete(t.registrationTokens),
    db.delete(t.eventQuestions),
    db.delete(t.registrations),
    db.delete(t.eventLanguages),
    db.delete(t.eventTopics),
    db.delete(t.eventSessions),
    db.delete(t.events),
    db.delete(t.eventSeries),
    db.delete(t.venues),
    db.delete(t.initiatives),
    db.delete(t.topics),
    db.delete(t.formats),
    db.delete(t.organisations),
    db.delete(t.appMeta),
  ]);
}
