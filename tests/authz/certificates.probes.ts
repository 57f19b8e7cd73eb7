import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";
import { insertSupervisionGroup } from "./supervision-attendance.probes";

/**
 * Authorisation probes of closing and reopening attendance and of the organisers' certificate
 * download: the Volkshochschule's org_admin tries them on a past event of the Wohlfahrtsverband
 * and must be refused, with the event, its certificates and the outbox unchanged.
 */

const DAY = 24 * 3600_000;
const dir = "app/intern/veranstaltungen/[id]";

async function foreignPastEvent(c: AuthzContext) {
  const g = await insertSupervisionGroup(c, { organisationId: c.foreign.organisationId, firstStart: new Date(Date.now() - 40 * DAY), people: ["confirmed"], sessions: 1, supervision: false });
  await c.db.insert(c.t.sessionAttendance).values({ registrationId: g.registrationIds[0], sessionId: g.sessionIds[0], status: "present", recordedAt: new Date() });
  return g;
}

async function snapshot(c: AuthzContext, eventId: number) {
  const [event] = await c.db.select({ closed: c.t.events.attendanceClosedAt }).from(c.t.events).where(eq(c.t.events.id, eventId));
  const certificates = await c.db.select().from(c.t.certificates).where(eq(c.t.certificates.eventId, eventId));
  const mails = await c.db.select({ id: c.t.mailOutbox.id }).from(c.t.mailOutbox).where(eq(c.t.mailOutbox.eventId, eventId));
  return { event, certificates, mails: mails.length };
}

async function refusedUnchanged(c: AuthzContext, eventId: number, attempt: () => Promise<unknown>) {
  const { AccessDenied } = await import("@/lib/auth/access");
  const before = await snapshot(c, eventId);
  await expect(attempt()).rejects.toBeInstanceOf(AccessDenied);
  expect(await snapshot(c, eventId)).toEqual(before);
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${dir}/anwesenheit/actions.ts#closeAttendanceAction`]: async (c) => {
    const { closeAttendance } = await import("@/lib/attendance/close");
    const g = await foreignPastEvent(c);
    await refusedUnchanged(c, g.event.id, () => closeAttendance(c.vhsAdmin, g.event.id));
  },
  [`${dir}/anwesenheit/actions.ts#reopenAttendanceAction`]: async (c) => {
    const { closeAttendance, reopenAttendance } = await import("@/lib/attendance/close");
    const g = await foreignPastEvent(c);
    expect(await closeAttendance(c.foreignAdmin, g.event.id)).toMatchObject({ result: "closed", issued: 1 });
    await refusedUnchanged(c, g.event.id, () => reopenAttendance(c.vhsAdmin, g.event.id));
  },
};
probes[`${dir}/bescheinigungen.pdf/route.ts#GET`] = async (c) => {
  const { AccessDenied } = await import("@/lib/auth/access");
  const { closeAttendance } = await import("@/lib/attendance/close");
  const { eventCertificatesForActor } = await import("@/lib/certificates/queries");
  const g = await foreignPastEvent(c);
  await closeAttendance(c.foreignAdmin, g.event.id);
  expect((await eventCertificatesForActor(c.foreignAdmin, g.event.id)).facts).toHaveLength(1);
  await expect(eventCertificatesForActor(c.vhsAdmin, g.event.id)).rejects.toBeInstanceOf(AccessDenied);
  await expect(eventCertificatesForActor(c.vhsAdmin, g.event.id, g.registrationIds[0])).rejects.toBeInstanceOf(AccessDenied);
  // A foreign registration asked for under an own event finds nothing.
  expect((await eventCertificatesForActor(c.vhsAdmin, c.own.eventId, g.registrationIds[0])).facts).toEqual([]);
};
