import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/connect";
import * as t from "@/db/schema";
import { settleCertificates } from "@/lib/certificates/settle";
import { localIsoDate } from "@/lib/dates/berlin";
import type { Tx } from "@/lib/db/write-transaction";
import type { seededRandom } from "./random";

const DAY = 24 * 3600 * 1000;

const comments = [
  "Sehr praxisnah, die Fallbeispiele haben mir viel gebracht.",
  "Gern mehr Zeit für Fragen aus der eigenen Arbeit.",
  "Die Referentin hat schwierige Dinge einfach erklärt. Danke!",
  "Der Raum war zu klein für die Gruppe.",
  "Ich fühle mich jetzt sicherer bei Behördengängen.",
  "Gute Mischung aus Input und Austausch.",
  "Die Unterlagen hätte ich gern vorher gehabt.",
  "Hat mir geholfen, meine eigenen Grenzen besser zu sehen.",
];

/**
 * The demo's attendance, certificates and feedback: every past event has its marks per session,
 * events that ended more than a week ago have closed attendance with certificates (issued by the
 * same rule as the platform, lib/certificates/settle.ts), and about half of the people with a
 * certificate gave anonymous feedback. The most recent past events stay open, so that the demo
 * also shows attendance waiting to be closed.
 *
 * `events` limits the run to some events (`only`) or leaves some out (`except`): the demo's past
 * year (./past-year.ts) is settled in a run of its own with its own random generator, so that the
 * draws for the rest of the demo stay the same.
 */
export async function seedAttendance(
  db: Database,
  now: Date,
  random: ReturnType<typeof seededRandom>,
  events: { only?: ReadonlySet<number>; except?: ReadonlySet<number> } = {},
) {
  const past = (
    await db
      .select()
      .from(t.events)
      .where(and(eq(t.events.status, "published"), lt(t.events.endsAt, now)))
      .orderBy(asc(t.events.endsAt))
  ).filter((e) => (!events.only || events.only.has(e.id)) && !events.except?.has(e.id));
  const marks: (typeof t.sessionAttendance.$inferInsert)[] = [];
  const sessionsOf = new Map<number, t.EventSession[]>();
  for (const event of past) {
    const sessions = await db.select().from(t.eventSessions).where(eq(t.eventSessions.eventId, event.id)).orderBy(asc(t.eventSessions.startsAt));
    sessionsOf.set(event.id, sessions);
    const people = await db
      .select({ id: t.registrations.id, status: t.registrations.status })
      .from(t.registrations)
      .where(and(eq(t.registrations.eventId, event.id), inArray(t.registrations.status, [...t.seatHoldingStatuses])));
    for (const person of people) {
      // People who came mostly came to every session; now and then someone missed one.
      const came = sessions.map(() => person.status === "attended" && (sessions.length === 1 || random.next() < 0.88));
      if (person.status === "attended" && !came.some(Boolean)) came[0] = true;
      sessions.forEach((s, i) => marks.push({ registrationId: person.id, sessionId: s.id, status: came[i] ? "present" : "absent", recordedAt: new Date(s.endsAt.getTime() + 3600_000) }));
    }
  }
  for (let i = 0; i < marks.length; i += 500) await db.insert(t.sessionAttendance).values(marks.slice(i, i + 500));

  let certificates = 0;
  let answers = 0;
  for (const event of past.filter((e) => e.endsAt.getTime() < now.getTime() - 7 * DAY)) {
    const closedAt = new Date(event.endsAt.getTime() + 2 * DAY);
    await db.update(t.events).set({ attendanceClosedAt: closedAt }).where(eq(t.events.id, event.id));
    const outcomes = await settleCertificates(db as unknown as Tx, event, sessionsOf.get(event.id) ?? [], closedAt);
    const issued = outcomes.filter((o) => o.outcome === "issued");
    certificates += issued.length;
    const answering = issued.filter(() => random.next() < 0.5);
    if (answering.length === 0) continue;
    await db.insert(t.feedbackAnswers).values(
      answering.map(() => {
        const overall = random.next() < 0.7 ? random.int(4, 5) : random.int(2, 4);
        return {
          id: randomBytes(16).toString("hex"),
          eventId: event.id,
          answeredOn: localIsoDate(new Date(closedAt.getTime() + random.int(0, 6) * DAY)),
          overall,
          helpful: Math.max(1, Math.min(5, overall + random.int(-1, 1))),
          wouldRecommend: overall >= 4 || random.next() < 0.3,
          comment: random.next() < 0.4 ? random.pick(comments) : null,
        };
      }),
    );
    await db
      .update(t.registrations)
      // The mark must not move updated_at (db/schema/feedback.ts).
      .set({ feedbackGiven: true, updatedAt: sql`updated_at` })
      .where(inArray(t.registrations.id, answering.map((o) => o.registrationId)));
    answers += answering.length;
  }
  return { marks: marks.length, certificates, answers };
}
