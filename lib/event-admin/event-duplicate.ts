import "server-only";
import { asc, eq } from "drizzle-orm";
import { eventQuestions, events } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { eventForActor } from "./event-access";
import { auditView, eventSnapshot, uniqueSlug, writeSessions, writeTopicsAndLanguages } from "./event-write-parts";
import { daysBetween, sessionInstants, shiftInstant, shiftSessions, toLocalSession } from "./local-times";

/**
 * Copies an event as a new draft: the same facts, topics, languages and questions, no
 * registrations and no workflow state. With `firstDate` ("YYYY-MM-DD") every session moves by the
 * same number of days (times stay); without it the copy keeps the dates for the person to change.
 */
export async function duplicateEvent(actor: Actor, eventId: number, firstDate: string | null, now = new Date()): Promise<number> {
  return writeTransaction(async (tx) => {
    await eventForActor(actor, eventId, tx);
    const source = await eventSnapshot(tx, eventId);
    const local = source.sessions.map(toLocalSession);
    const shift = firstDate ? daysBetween(local[0].date, firstDate) : 0;
    const sessions = (firstDate ? shiftSessions(local, firstDate) : local).map(sessionInstants);
    const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, sessions: _s, topicIds, languages, ...facts } = source;
    void [_id, _slug, _c, _u, _s];
    const [row] = await tx
      .insert(events)
      .values({
        ...facts,
        slug: await uniqueSlug(tx, source.title, sessions[0].startsAt),
        seriesId: null,
        status: "draft",
        registrationClosed: false,
        registrationOpensAt: shiftInstant(source.registrationOpensAt, shift),
        registrationClosesAt: shiftInstant(source.registrationClosesAt, shift),
        cancellationReason: null,
        reviewComment: null,
        // A change waiting for review belongs to the original; the copy starts from the published words.
        pendingRevision: null,
        sequence: 0,
        publishedAt: null,
        submittedAt: null,
        startsAt: sessions[0].startsAt,
        endsAt: sessions[sessions.length - 1].endsAt,
      })
      .returning({ id: events.id });
    await writeSessions(tx, row.id, sessions);
    await writeTopicsAndLanguages(tx, row.id, topicIds, languages);
    const questions = await tx.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId)).orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
    if (questions.length) await tx.insert(eventQuestions).values(questions.map(({ id: _q, ...q }) => (void _q, { ...q, eventId: row.id })));
    const after = { ...auditView(await eventSnapshot(tx, row.id)), sourceEventId: eventId };
    await recordAudit(tx, actor, { entityType: "event", entityId: row.id, organisationId: source.organisationId, action: "event.duplicated", label: source.title, after }, now);
    return row.id;
  });
}
