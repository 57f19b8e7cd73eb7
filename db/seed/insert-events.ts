import type { Database } from "@/db/connect";
import * as t from "@/db/schema";

export type EventPlan = Omit<typeof t.events.$inferInsert, "id" | "startsAt" | "endsAt"> & {
  sessions: { startsAt: Date; endsAt: Date }[];
  topicIds: number[];
  languages: string[];
};

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Inserts events with their sessions, topics and languages. startsAt/endsAt are derived from the
 * sessions here, the same way the data layer keeps them. Returns the new ids in input order.
 */
export async function insertEvents(db: Database, plans: EventPlan[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(plans, 200)) {
    const rows = await db
      .insert(t.events)
      .values(
        part.map(({ sessions, topicIds: _topics, languages: _languages, ...event }) => {
          void _topics;
          void _languages;
          return {
            ...event,
            startsAt: sessions[0].startsAt,
            endsAt: sessions[sessions.length - 1].endsAt,
          };
        }),
      )
      .returning({ id: t.events.id });
    ids.push(...rows.map((r) => r.id));
  }
  const sessions = plans.flatMap((p, i) => p.sessions.map((s) => ({ eventId: ids[i], ...s })));
  const topicRows = plans.flatMap((p, i) => p.topicIds.map((topicId) => ({ eventId: ids[i], topicId })));
  const languageRows = plans.flatMap((p, i) => p.languages.map((language) => ({ eventId: ids[i], language })));
  for (const part of chunks(sessions, 500)) await db.insert(t.eventSessions).values(part);
  for (const part of chunks(topicRows, 500)) await db.insert(t.eventTopics).values(part);
  for (const part of chunks(languageRows, 500)) await db.insert(t.eventLanguages).values(part);
  return ids;
}

export async function insertInChunks<T extends typeof t.registrations.$inferInsert>(db: Database, rows: T[]) {
  for (const part of chunks(rows, 300)) await db.insert(t.registrations).values(part);
}
