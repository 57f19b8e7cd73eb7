import "server-only";
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, eventQuestions, eventSessions, initiatives, mailOutbox, registrations, sessionAttendance, type Registration } from "@/db/schema";
import { getEventFactsById, type PublicEvent } from "@/lib/events/public-queries";
import type { SelfServiceSubject } from "./self-service-subject";

/**
 * Everything stored about the subject's address, read for "Meine Daten" (overview and download):
 * the registrations and applications with that address whose data we still hold, with their
 * events, the questions their answers belong to, attendance and certificates, and the mails sent
 * to the address. Filtered by the subject's address here, in the data layer: nothing of another
 * address can come out.
 */
export async function loadSelfServiceRecords(subject: SelfServiceSubject) {
  const rows = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.emailNormalized, subject.email), isNull(registrations.anonymisedAt)))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const ids = rows.map((r) => r.id);
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const initiativeIds = [...new Set(rows.flatMap((r) => (r.initiativeId ? [r.initiativeId] : [])))];
  const [events, questions, initiativeRows, attendance, certificateRows, mails] = await Promise.all([
    Promise.all(eventIds.map((id) => getEventFactsById(id))),
    eventIds.length ? db.select().from(eventQuestions).where(inArray(eventQuestions.eventId, eventIds)).orderBy(asc(eventQuestions.position), asc(eventQuestions.id)) : [],
    initiativeIds.length ? db.select({ id: initiatives.id, name: initiatives.name }).from(initiatives).where(inArray(initiatives.id, initiativeIds)) : [],
    ids.length
      ? db
          .select({ registrationId: sessionAttendance.registrationId, status: sessionAttendance.status, recordedAt: sessionAttendance.recordedAt, startsAt: eventSessions.startsAt, endsAt: eventSessions.endsAt })
          .from(sessionAttendance)
          .innerJoin(eventSessions, eq(eventSessions.id, sessionAttendance.sessionId))
          .where(inArray(sessionAttendance.registrationId, ids))
          .orderBy(asc(eventSessions.startsAt))
      : [],
    ids.length
      ? db
          .select({ registrationId: certificates.registrationId, status: certificates.status, issuedAt: certificates.issuedAt, endedAt: certificates.endedAt, minutesAttended: certificates.minutesAttended })
          .from(certificates)
          .where(inArray(certificates.registrationId, ids))
          .orderBy(asc(certificates.issuedAt))
      : [],
    // Mails are stored with the address as typed; compared case-insensitively like the rest.
    db
      .select({ kind: mailOutbox.kind, subject: mailOutbox.subject, status: mailOutbox.status, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
      .from(mailOutbox)
      .where(and(sql`lower(${mailOutbox.recipient}) = ${subject.email}`, ne(mailOutbox.status, "withdrawn")))
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id)),
  ]);
  const eventOf = new Map(events.flatMap((e) => (e ? [[e.event.id, e] as const] : [])));
  const initiativeName = new Map(initiativeRows.map((i) => [i.id, i.name]));
  const records = rows.flatMap((row) => {
    const event = eventOf.get(row.eventId);
    if (!event) return [];
    return [
      {
        row,
        event,
        initiativeName: row.initiativeId ? (initiativeName.get(row.initiativeId) ?? null) : null,
        questions: questions.filter((q) => q.eventId === row.eventId).map((q) => ({ id: q.id, label: q.label, kind: q.kind })),
        attendance: attendance.filter((a) => a.registrationId === row.id),
        certificates: certificateRows.filter((c) => c.registrationId === row.id),
      },
    ];
  });
  return { email: subject.email, records, mails };
}

export type SelfServiceRecords = Awaited<ReturnType<typeof loadSelfServiceRecords>>;
export type SelfServiceRecord = SelfServiceRecords["records"][number];
export type { PublicEvent, Registration };
