import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { activeStatuses, events, initiatives, registrations } from "@/db/schema";
import { city } from "@/lib/config/city";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { dedupeKeyUsed, enqueueMail } from "@/lib/mail/outbox";
import { applicationAgainMail, applicationReceivedMail } from "@/lib/mail/templates/application-received";
import { assertInitialStatus } from "@/lib/registrations/rules";
import { createManageLink } from "@/lib/registrations/tokens";
import type { Locale } from "@/lib/i18n/locales";
import type { ApplicationInput } from "./application-schema";
import { getPublicSupervisionGroup } from "./public-queries";
import { applicationWindowState, type ApplicationWindowState } from "./public-rules";

export type ApplyResult =
  | { kind: "applied"; token: string; registrationId: number }
  | { kind: "duplicate" }
  | { kind: "invalid_initiative" }
  | { kind: "closed"; state: ApplicationWindowState }
  | { kind: "not_found" };

/** "keine", "andere" (with a name) or the id of a known, active initiative; null when unknown. */
async function initiativeColumns(tx: Tx, input: ApplicationInput) {
  if (input.initiative === "keine") return { initiativeId: null, initiativeOther: null };
  if (input.initiative === "andere") return { initiativeId: null, initiativeOther: input.initiativeOther || null };
  const [known] = await tx
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.id, Number(input.initiative)), eq(initiatives.active, true)));
  return known ? { initiativeId: known.id, initiativeOther: null } : null;
}

/**
 * Applies for a public supervision group: a registration with status "applied" that waits for the
 * organiser's decision (no seat is taken here), and the "application received" mail with the
 * private manage link, in one transaction. A second live application of the same address is
 * refused; its link is mailed again (at most once an hour). Callers must answer "duplicate"
 * exactly as "applied": membership of a group is confidential, only the real owner's mail differs.
 * `locale`: the language the person applied in; stored with the application, its mails use it.
 */
export async function applyForSupervisionGroup(slug: string, input: ApplicationInput, now = new Date(), locale: Locale = "de"): Promise<ApplyResult> {
  const group = await getPublicSupervisionGroup(slug);
  if (!group) return { kind: "not_found" };
  const emailNormalized = input.email.trim().toLowerCase();
  return writeTransaction(async (tx): Promise<ApplyResult> => {
    // Re-read what decides inside the transaction: the group may have changed meanwhile.
    const [current] = await tx.select().from(events).where(eq(events.id, group.event.id));
    const state = applicationWindowState(current, now);
    if (state !== "open") return { kind: "closed", state };
    // Before looking for an existing application: the answer to a wrong initiative must not
    // depend on whether the address has applied (membership is confidential).
    const initiative = await initiativeColumns(tx, input);
    if (!initiative) return { kind: "invalid_initiative" };
    const [existing] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, current.id), eq(registrations.emailNormalized, emailNormalized), inArray(registrations.status, [...activeStatuses])))
      .limit(1);
    if (existing) {
      const dedupeKey = `duplicate:${existing.id}:${Math.floor(now.getTime() / 3_600_000)}`;
      const already = await dedupeKeyUsed(tx, dedupeKey);
      if (!already) {
        const link = await createManageLink(tx, existing.id);
        // To the stored address: the link goes only where the first mail went.
        const mail = applicationAgainMail({ firstName: existing.firstName, event: group, manageUrl: link.url, locale });
        await enqueueMail(tx, { kind: "duplicate_registration", dedupeKey, recipient: existing.email ?? input.email, registrationId: existing.id, eventId: current.id, ...mail });
      }
      return { kind: "duplicate" };
    }
    const at = new Date(Math.max(now.getTime(), Date.now()));
    const initialApplicationStatus = "applied" as const;
    assertInitialStatus(initialApplicationStatus);
    const [created] = await tx
      .insert(registrations)
      .values({
        eventId: current.id,
        status: initialApplicationStatus,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email.trim(),
        emailNormalized,
        phone: input.phone || null,
        ...initiative,
        motivation: input.motivation || null,
        canAttendAll: input.canAttendAll === "ja",
        consentVersion: city.legal.privacyVersion,
        consentAt: at,
        source: "online",
        locale,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    const link = await createManageLink(tx, created.id);
    const mail = applicationReceivedMail({ firstName: created.firstName, event: group, manageUrl: link.url, locale: created.locale });
    await enqueueMail(tx, { kind: "application_received", recipient: created.email!, registrationId: created.id, eventId: current.id, ...mail });
    return { kind: "applied", token: link.token, registrationId: created.id };
  });
}
