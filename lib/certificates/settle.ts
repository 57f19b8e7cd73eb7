import { and, eq, inArray } from "drizzle-orm";
import { certificates, registrations, seatHoldingStatuses, sessionAttendance, type Event, type EventSession } from "@/db/schema";
import type { Tx } from "@/lib/db/write-transaction";
import { codeFromSeed, hashCode, newCodeSeed } from "./code";
import { isEntitled } from "./entitlement";
import { sessionMinutes } from "./hours";

export type SettleOutcome =
  | { registrationId: number; outcome: "issued" | "corrected"; certificateId: number; code: string; minutes: number }
  | { registrationId: number; outcome: "withdrawn" | "kept" };

const sameSessions = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Brings an event's certificates in line with its recorded attendance, in the caller's transaction
 * (the one that closes attendance). Everyone entitled has exactly one valid certificate afterwards:
 * a new one, the one they had (unchanged sessions and time), or a corrected one that supersedes the
 * old (whose code then no longer verifies). Someone who lost the entitlement has theirs withdrawn.
 */
export async function settleCertificates(tx: Tx, event: Pick<Event, "id" | "certificateThresholdPercent">, sessions: EventSession[], now: Date): Promise<SettleOutcome[]> {
  const people = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, [...seatHoldingStatuses])));
  const present = people.length
    ? await tx
        .select({ registrationId: sessionAttendance.registrationId, sessionId: sessionAttendance.sessionId })
        .from(sessionAttendance)
        .where(and(inArray(sessionAttendance.registrationId, people.map((p) => p.id)), eq(sessionAttendance.status, "present")))
    : [];
  const valid = await tx.select().from(certificates).where(and(eq(certificates.eventId, event.id), eq(certificates.status, "valid")));
  const validOf = new Map(valid.map((c) => [c.registrationId, c]));
  const outcomes: SettleOutcome[] = [];

  const presentOf = new Map<number, Set<number>>();
  for (const m of present) presentOf.set(m.registrationId, (presentOf.get(m.registrationId) ?? new Set()).add(m.sessionId));
  for (const person of people) {
    const presentAt = presentOf.get(person.id) ?? new Set<number>();
    const attended = sessions.filter((s) => presentAt.has(s.id));
    const minutes = attended.reduce((sum, s) => sum + sessionMinutes(s), 0);
    const current = validOf.get(person.id);
    validOf.delete(person.id);
    if (!isEntitled({ sessionsTotal: sessions.length, sessionsAttended: attended.length, thresholdPercent: event.certificateThresholdPercent })) {
      if (current) {
        await tx.update(certificates).set({ status: "withdrawn", endedAt: now }).where(eq(certificates.id, current.id));
        outcomes.push({ registrationId: person.id, outcome: "withdrawn" });
      }
      continue;
    }
    const ids = attended.map((s) => s.id);
    if (current && sameSessions(current.sessionIds, ids) && current.minutesAttended === minutes) {
      outcomes.push({ registrationId: person.id, outcome: "kept" });
      continue;
    }
    if (current) await tx.update(certificates).set({ status: "superseded", endedAt: now }).where(eq(certificates.id, current.id));
    const seed = newCodeSeed();
    const code = codeFromSeed(seed);
    const [row] = await tx
      .insert(certificates)
      .values({ registrationId: person.id, eventId: event.id, codeSeed: seed, codeHash: hashCode(code), sessionIds: ids, minutesAttended: minutes, status: "valid", issuedAt: now })
      .returning({ id: certificates.id });
    outcomes.push({ registrationId: person.id, outcome: current ? "corrected" : "issued", certificateId: row.id, code, minutes });
  }
  // Certificates of people who no longer hold a seat (cancelled in the meantime) stop verifying too.
  for (const stale of validOf.values()) {
    await tx.update(certificates).set({ status: "withdrawn", endedAt: now }).where(eq(certificates.id, stale.id));
    outcomes.push({ registrationId: stale.registrationId, outcome: "withdrawn" });
  }
  return outcomes;
}
