import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, registrations, seatHoldingStatuses, sessionAttendance, type AttendanceStatus, type EventSession } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isEntitled, sessionsNeeded } from "@/lib/certificates/entitlement";
import { attendanceEventForActor } from "./access";

/**
 * Attendance of an event across its sessions: who came to which session, the figures per person
 * and per session, whether the person is entitled to a certificate (the same rule as closing uses)
 * and whether attendance is closed. Members are the people with a seat (confirmed, attended or
 * no-show). Only the event's organisation and the office may read it.
 */

const HOUR_MS = 3600_000;
const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, "de") || a.firstName.localeCompare(b.firstName, "de");

/** Hours of a session, to two decimals. */
const sessionHours = (s: Pick<EventSession, "startsAt" | "endsAt">) => Math.round(((s.endsAt.getTime() - s.startsAt.getTime()) / HOUR_MS) * 100) / 100;

export async function attendanceFigures(actor: Actor, eventId: number) {
  const { event, sessions, isSupervision } = await attendanceEventForActor(actor, eventId);
  const people = await db
    .select({ id: registrations.id, firstName: registrations.firstName, lastName: registrations.lastName })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, [...seatHoldingStatuses])));
  const marks = people.length
    ? await db
        .select({ registrationId: sessionAttendance.registrationId, sessionId: sessionAttendance.sessionId, status: sessionAttendance.status })
        .from(sessionAttendance)
        .where(inArray(sessionAttendance.registrationId, people.map((p) => p.id)))
    : [];
  const sessionIds = new Set(sessions.map((s) => s.id));
  const markOf = new Map(marks.filter((m) => sessionIds.has(m.sessionId)).map((m) => [`${m.registrationId}:${m.sessionId}`, m.status]));
  const validCertificates = people.length
    ? await db
        .select({ id: certificates.id, registrationId: certificates.registrationId })
        .from(certificates)
        .where(and(eq(certificates.eventId, event.id), eq(certificates.status, "valid")))
    : [];
  const certificateOf = new Map(validCertificates.map((c) => [c.registrationId, c.id]));
  const threshold = event.certificateThresholdPercent;
  const members = people.sort(byName).map((p) => {
    const perSession: Record<number, AttendanceStatus | null> = {};
    let sessionsAttended = 0;
    let hoursAttended = 0;
    for (const s of sessions) {
      const status = markOf.get(`${p.id}:${s.id}`) ?? null;
      perSession[s.id] = status;
      if (status === "present") {
        sessionsAttended++;
        hoursAttended += sessionHours(s);
      }
    }
    return {
      registrationId: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      marks: perSession,
      sessionsAttended,
      sessionsTotal: sessions.length,
      hoursAttended: Math.round(hoursAttended * 100) / 100,
      entitled: isEntitled({ sessionsTotal: sessions.length, sessionsAttended, thresholdPercent: threshold }),
      certificateId: certificateOf.get(p.id) ?? null,
    };
  });
  const sessionTotals = sessions.map((s, i) => ({
    id: s.id,
    number: i + 1,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    hours: sessionHours(s),
    present: members.filter((m) => m.marks[s.id] === "present").length,
    absent: members.filter((m) => m.marks[s.id] === "absent").length,
  }));
  return {
    event: {
      id: event.id,
      title: event.title,
      status: event.status,
      endsAt: event.endsAt,
      isSupervision,
      attendanceClosedAt: event.attendanceClosedAt,
      thresholdPercent: threshold,
      sessionsNeeded: sessionsNeeded(sessions.length, threshold),
    },
    sessions: sessionTotals,
    members,
  };
}

export type AttendanceFigures = Awaited<ReturnType<typeof attendanceFigures>>;
export type AttendanceSession = AttendanceFigures["sessions"][number];

/**
 * The session whose attendance a page shows first: the one asked for, else the most recent one that
 * has begun (attendance is taken during or after a meeting), else the first.
 */
export function chooseSession<S extends Pick<AttendanceSession, "id" | "startsAt">>(sessions: S[], requested: number | undefined, now: Date): S | undefined {
  const asked = sessions.find((s) => s.id === requested);
  if (asked) return asked;
  const begun = sessions.filter((s) => s.startsAt.getTime() <= now.getTime());
  return begun[begun.length - 1] ?? sessions[0];
}
