import "server-only";
import type { Tx } from "@/lib/db/write-transaction";

/**
 * CONTRACT (implemented by the retention work, issue 13): removes the personal data of the given
 * registrations (and applications) inside the caller's transaction and sets anonymised_at = now:
 * names, e-mail, phone, initiative-other text, answers, accessibility needs, motivation, office
 * note, their manage tokens and certificate code seeds; personal values of these people in the
 * mail outbox and the audit log. Keeps event, status, attendance, initiative id, the day of
 * registration. person_key becomes one random key per person within the call (never derived from
 * the address), so that statistics of the period stay the same. Idempotent: already anonymised
 * rows are skipped. Returns how many registrations it changed.
 */
export async function anonymiseRegistrations(tx: Tx, registrationIds: number[], now: Date): Promise<{ registrations: number }> {
  void tx;
  void registrationIds;
  void now;
  throw new Error("anonymiseRegistrations: not implemented yet");
}
