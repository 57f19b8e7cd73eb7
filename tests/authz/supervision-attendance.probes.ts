import { and, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import type { RegistrationStatus } from "@/db/schema";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the attendance page of supervision groups: the Volkshochschule's
 * org_admin tries to mark attendance in a group of the Wohlfahrtsverband, and must be refused with
 * nothing changed. Keyed "<file>#<export>". The group maker is shared with the attendance tests.
 */

const DAY = 24 * 3600_000;
let counter = 0;

/**
 * A published supervision group of an organisation: `sessions` weekly meetings of two hours from
 * `firstStart`, and one registration per status given (e-mail `<label>-<i>@example.org`, applied a
 * month before the first session).
 */
export async function insertSupervisionGroup(
  c: Pick<AuthzContext, "db" | "t">,
  options: { organisationId: number; firstStart: Date; people: RegistrationStatus[]; sessions?: number; label?: string; supervision?: boolean },
) {
  const { t, db } = c;
  const label = options.label ?? `gruppe${++counter}`;
  const [format] = await db.select().from(t.formats).where(eq(t.formats.isSupervision, options.supervision ?? true)).limit(1);
  const [venue] = await db.select().from(t.venues).limit(1);
  const sessions = Array.from({ length: options.sessions ?? 5 }, (_, i) => {
    const startsAt = new Date(options.firstStart.getTime() + i * 7 * DAY);
    return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000) };
  });
  const [event] = await db
    .insert(t.events)
    .values({
      slug: `test-${label}-${Date.now()}`,
      title: `Testgruppe ${label}`,
      summary: "Eine Supervisionsgruppe nur für Tests.",
      description: "Beschreibung",
      formatId: format.id,
      organisationId: options.organisationId,
      trainer: "Dr. Test",
      venueId: venue.id,
      capacity: 10,
      status: "published",
      startsAt: sessions[0].startsAt,
      endsAt: sessions[sessions.length - 1].endsAt,
      publishedAt: new Date(options.firstStart.getTime() - 60 * DAY),
    })
    .returning();
  const sessionRows = await db.insert(t.eventSessions).values(sessions.map((s) => ({ ...s, eventId: event.id }))).returning();
  const createdAt = new Date(options.firstStart.getTime() - 30 * DAY);
  const people = options.people.length
    ? await db
        .insert(t.registrations)
        .values(
          options.people.map((status, i) => {
            const email = `${label}-${i}@example.org`;
            return { eventId: event.id, status, firstName: `Vorname${i}`, lastName: `${label}-${i}`, email, emailNormalized: email, createdAt, updatedAt: createdAt };
          }),
        )
        .returning()
    : [];
  return { event, sessionIds: sessionRows.map((s) => s.id), registrationIds: people.map((p) => p.id) };
}

/** The foreign group's attendance rows, its audit entries and the outbox size: what must not change. */
async function snapshot(c: AuthzContext, registrationIds: number[]) {
  const marks = await c.db.select().from(c.t.sessionAttendance).where(inArray(c.t.sessionAttendance.registrationId, registrationIds));
  const audits = await c.db.select({ id: c.t.auditLog.id }).from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "registration"), inArray(c.t.auditLog.entityId, registrationIds)));
  const mails = await c.db.select({ id: c.t.mailOutbox.id }).from(c.t.mailOutbox);
  return { marks, audits: audits.length, mails: mails.length };
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/intern/veranstaltungen/[id]/anwesenheit/actions.ts#markSessionAttendanceAction": async (c) => {
    const { AccessDenied } = await import("@/lib/auth/access");
    const { markSessionAttendance } = await import("@/lib/attendance/commands");
    const { attendanceFigures } = await import("@/lib/attendance/queries");
    const foreign = await insertSupervisionGroup(c, { organisationId: c.foreign.organisationId, firstStart: new Date(Date.now() - DAY), people: ["confirmed"] });
    const own = await insertSupervisionGroup(c, { organisationId: c.own.organisationId, firstStart: new Date(Date.now() - DAY), people: ["confirmed"] });
    const before = await snapshot(c, foreign.registrationIds);
    const mark = (eventId: number, sessionId: number, registrationId: number) => markSessionAttendance(c.vhsAdmin, { eventId, sessionId, registrationId, status: "present" });
    // The foreign group outright; a foreign member or session posted together with the own group.
    await expect(mark(foreign.event.id, foreign.sessionIds[0], foreign.registrationIds[0])).rejects.toBeInstanceOf(AccessDenied);
    await expect(mark(own.event.id, own.sessionIds[0], foreign.registrationIds[0])).rejects.toBeInstanceOf(AccessDenied);
    await expect(mark(own.event.id, foreign.sessionIds[0], own.registrationIds[0])).rejects.toBeInstanceOf(AccessDenied);
    await expect(attendanceFigures(c.vhsAdmin, foreign.event.id)).rejects.toBeInstanceOf(AccessDenied);
    expect(await snapshot(c, foreign.registrationIds)).toEqual(before);
  },
};
