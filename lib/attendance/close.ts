import "server-only";
import { eq, inArray } from "drizzle-orm";
import { events, registrations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/audit";
import { AccessDenied } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { formatCode } from "@/lib/certificates/code";
import { formatHours } from "@/lib/certificates/hours";
import { certificatePdfUrl, verifyUrl } from "@/lib/certificates/paths";
import { settleCertificates } from "@/lib/certificates/settle";
import { absoluteUrl } from "@/lib/config/env";
import { writeTransaction } from "@/lib/db/write-transaction";
import { getEventFactsById } from "@/lib/events/public-queries";
import { enqueueMail } from "@/lib/mail/outbox";
import { certificateIssuedMail } from "@/lib/mail/templates";
import { createManageLink } from "@/lib/registrations/tokens";
import { attendanceEventForActor } from "./access";

export type CloseAttendanceResult =
  | { result: "closed"; issued: number; corrected: number; withdrawn: number }
  | { result: "already_closed" | "not_over" | "not_held" };

/**
 * "Anwesenheit abschließen": once an event is over, its organiser (or the office) closes the
 * attendance. In one write transaction: the event is marked closed, certificates are settled
 * (lib/certificates/settle.ts), and everyone who gets a new or corrected certificate is mailed
 * once, with the PDF link and the feedback form. People without an entitlement get nothing.
 */
export async function closeAttendance(actor: Actor, eventId: number, now = new Date()): Promise<CloseAttendanceResult> {
  await attendanceEventForActor(actor, eventId);
  const facts = await getEventFactsById(eventId);
  if (!facts) throw new AccessDenied();
  return writeTransaction(async (tx) => {
    const { event, sessions } = await attendanceEventForActor(actor, eventId, tx);
    if (event.attendanceClosedAt) return { result: "already_closed" as const };
    if (event.status !== "published" || sessions.length === 0) return { result: "not_held" as const };
    if (event.endsAt.getTime() > now.getTime()) return { result: "not_over" as const };
    await tx.update(events).set({ attendanceClosedAt: now, attendanceClosedByAccountId: actor.accountId }).where(eq(events.id, event.id));
    const outcomes = await settleCertificates(tx, event, sessions, now);
    const toMail = outcomes.flatMap((o) => (o.outcome === "issued" || o.outcome === "corrected" ? [o] : []));
    const people = toMail.length
      ? await tx.select({ id: registrations.id, firstName: registrations.firstName, email: registrations.email, locale: registrations.locale }).from(registrations).where(inArray(registrations.id, toMail.map((o) => o.registrationId)))
      : [];
    const personOf = new Map(people.map((p) => [p.id, p]));
    for (const o of toMail) {
      const person = personOf.get(o.registrationId);
      if (!person?.email) continue;
      const link = await createManageLink(tx, o.registrationId);
      const content = certificateIssuedMail({
        firstName: person.firstName,
        event: facts,
        manageUrl: link.url,
        locale: person.locale,
        hours: formatHours(o.minutes, person.locale),
        code: formatCode(o.code),
        verifyUrl: verifyUrl(o.code),
        pdfUrl: absoluteUrl(certificatePdfUrl(link.token)),
        feedbackUrl: absoluteUrl(`/anmeldung/${link.token}/rueckmeldung`),
        corrected: o.outcome === "corrected",
      });
      await enqueueMail(tx, { kind: "certificate_issued", recipient: person.email, registrationId: o.registrationId, eventId: event.id, dedupeKey: `certificate:${o.certificateId}`, ...content }, now);
    }
    const count = (kind: string) => outcomes.filter((o) => o.outcome === kind).length;
    const summary = { issued: count("issued"), corrected: count("corrected"), withdrawn: count("withdrawn") };
    await recordAudit(tx, actor, { entityType: "event", entityId: event.id, organisationId: event.organisationId, action: "event.attendance_closed", label: event.title, after: summary }, now);
    return { result: "closed" as const, ...summary };
  });
}

/**
 * Reopens closed attendance to correct a mark (the organiser or the office). Certificates stay valid
 * until attendance is closed again; then corrections supersede them.
 */
export async function reopenAttendance(actor: Actor, eventId: number, now = new Date()): Promise<"reopened" | "not_closed"> {
  await attendanceEventForActor(actor, eventId);
  return writeTransaction(async (tx) => {
    const { event } = await attendanceEventForActor(actor, eventId, tx);
    if (!event.attendanceClosedAt) return "not_closed" as const;
    await tx.update(events).set({ attendanceClosedAt: null, attendanceClosedByAccountId: null }).where(eq(events.id, event.id));
    await recordAudit(tx, actor, { entityType: "event", entityId: event.id, organisationId: event.organisationId, action: "event.attendance_reopened", label: event.title }, now);
    return "reopened" as const;
  });
}
