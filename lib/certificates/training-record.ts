import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, registrations } from "@/db/schema";
import { endOfLocalDay, startOfLocalDay } from "@/lib/dates/berlin";
import { selfServiceEmail } from "@/lib/privacy/self-service-session";
import type { CertificateFacts } from "./facts";
import { certificateFacts } from "./queries";
import type { Period } from "./training-record-period";

/**
 * "Mein Fortbildungsnachweis": every training a person attended in a period, one line per valid
 * certificate of their e-mail address, with the hours and the total. It adds no proof of its own:
 * each line carries the code of its certificate, which /bescheinigung verifies as before.
 */
export type TrainingRecord = {
  /** "Vorname Nachname" as on the address's latest registration. */
  personName: string;
  period: Period;
  /** The certificates' facts, by the date of the first attended session. */
  trainings: CertificateFacts[];
  minutesTotal: number;
  issuedAt: Date;
};

/**
 * The training record of one e-mail address (already normalised) for the local days `from` to `to`
 * (both included). A training belongs to the period in which its last attended session began:
 * a course from December to February counts once, in the period where it was completed, so that
 * records of adjacent periods never count the same hours twice.
 *
 * Null when the address has no registration (left) at all. Anonymised registrations are no longer
 * the person's: they are left out even if a value still matched.
 *
 * No check of the caller here: the address must come from the caller's proof of it; pages and
 * routes use `ownTrainingRecord`.
 */
export async function trainingRecordFor(emailNormalized: string, from: string, to: string, now: Date = new Date()): Promise<TrainingRecord | null> {
  const ofAddress = and(eq(registrations.emailNormalized, emailNormalized), isNull(registrations.anonymisedAt));
  const [latest] = await db
    .select({ firstName: registrations.firstName, lastName: registrations.lastName })
    .from(registrations)
    .where(ofAddress)
    .orderBy(desc(registrations.createdAt), desc(registrations.id))
    .limit(1);
  if (!latest) return null;
  const rows = await db
    .select({ certificate: certificates })
    .from(certificates)
    .innerJoin(registrations, eq(registrations.id, certificates.registrationId))
    .where(and(ofAddress, eq(certificates.status, "valid")));
  const start = startOfLocalDay(from).getTime();
  const end = endOfLocalDay(to).getTime();
  const completedAt = (f: CertificateFacts) => (f.sessions.at(-1)?.startsAt ?? f.issuedAt).getTime();
  const firstDay = (f: CertificateFacts) => (f.sessions[0]?.startsAt ?? f.issuedAt).getTime();
  const trainings = (await certificateFacts(rows.map((r) => r.certificate)))
    .filter((f) => completedAt(f) >= start && completedAt(f) < end)
    .sort((a, b) => firstDay(a) - firstDay(b) || a.eventTitle.localeCompare(b.eventTitle, "de"));
  return {
    personName: `${latest.firstName} ${latest.lastName}`,
    period: { from, to },
    trainings,
    minutesTotal: trainings.reduce((sum, f) => sum + f.minutesAttended, 0),
    issuedAt: now,
  };
}

/**
 * The record of the person holding the "Meine Daten" session; "no_session" without one. The only
 * way pages and routes reach a training record: the address is never taken from the request.
 */
export async function ownTrainingRecord(period: Period, now: Date = new Date()): Promise<TrainingRecord | "no_session" | null> {
  const email = await selfServiceEmail();
  if (!email) return "no_session";
  return trainingRecordFor(email, period.from, period.to, now);
}
