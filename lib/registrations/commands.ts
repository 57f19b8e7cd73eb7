import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { activeStatuses, events, registrations } from "@/db/schema";
import { city } from "@/lib/config/city";
import { writeTransaction, type Tx } from "@/lib/db/write-transaction";
import { getEventFactsById, getPublicEventContent, type PublicEvent, type PublicEventContent } from "@/lib/events/public-queries";
import { registrationWindowState, type RegistrationWindowState } from "@/lib/events/rules";
import { dedupeKeyUsed, enqueueMail, withdrawPendingMails } from "@/lib/mail/outbox";
import { cancellationConfirmedMail, duplicateRegistrationMail, registrationConfirmedMail, waitlistedMail } from "@/lib/mail/templates";
import { applicationWithdrawnMail } from "@/lib/mail/templates/application-received";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { withdrawableStatuses } from "@/lib/supervision/public-rules";
import { publicEventPath } from "@/lib/supervision/public-paths";
import type { RegistrationInput } from "./schemas";
import { createManageLink, newManageToken, registrationIdForToken } from "./tokens";
import { listActiveInitiatives } from "./queries";
import { insertRegistrationBatch, newPositionPlaceholder } from "./register-batch";
import { changeRegistrationStatus } from "./status-write";
import { promoteFromWaitlist } from "./waitlist";

export type RegisterResult =
  | { kind: "registered"; status: "confirmed" | "waitlisted"; position: number | null; token: string; registrationId: number }
  | { kind: "duplicate" }
  | { kind: "invalid_initiative" }
  | { kind: "closed"; state: RegistrationWindowState }
  /** A supervision group: one applies there (at `applicationPath`) and the organiser decides. */
  | { kind: "supervision_group"; applicationPath: string }
  | { kind: "not_found" };

function initiativeFields(input: RegistrationInput) {
  if (input.initiative === "keine") return { initiativeId: null, initiativeOther: null };
  if (input.initiative === "andere") return { initiativeId: null, initiativeOther: input.initiativeOther || null };
  return { initiativeId: Number(input.initiative), initiativeOther: null };
}

/**
 * Registers a person for a public event: a seat if one is free and nobody waits, otherwise a place
 * on the waiting list. The decision, the registration, its token and its mail are one batch
 * (register-batch.ts), so seats are never overbooked and the write lock is held only for those few
 * statements; the mails are rendered before it. The same address gets no second registration; its
 * manage link is sent again. Callers must answer "duplicate" exactly as "registered" (who is
 * registered is nobody's business but the person's): only the mail differs. Supervision groups
 * take no registrations at all. Nobody is promoted here: a seat freed by a cancellation, a larger
 * capacity or the office goes to the waiting list where it is freed (waitlist.ts).
 * `locale`: the language the person registered in; stored with the registration, its mails use it.
 */
export function registerForEvent(slug: string, input: RegistrationInput, now = new Date(), locale: Locale = "de", loaded?: PublicEventContent): Promise<RegisterResult> {
  return registerOnce(slug, input, now, locale, 0, loaded);
}

/**
 * `loaded`: the event's facts as the caller just read them (getPublicEventContent(slug)), so that
 * they are not read twice; a retry reads them again. The facts come from the cache of public reads
 * without the seat count (which changes with every registration): they decide nothing final, the
 * batch's own conditions do, on fresh data.
 */
async function registerOnce(slug: string, input: RegistrationInput, now: Date, locale: Locale, retry: number, loaded?: PublicEventContent): Promise<RegisterResult> {
  const event = loaded && loaded.event.slug === slug ? loaded : await getPublicEventContent(slug);
  if (!event) return { kind: "not_found" };
  // Joining a group bypassing the organiser's decision would fill it past the real applicants.
  if (event.format.isSupervision) return { kind: "supervision_group", applicationPath: publicEventPath(event.event.slug, true) };
  const state = registrationWindowState(event.event, now);
  if (state !== "open") return { kind: "closed", state };
  // Before looking for an existing registration: the answer to a wrong initiative must not
  // depend on whether the address is registered.
  if (input.initiative !== "andere" && input.initiative !== "keine" && !(await listActiveInitiatives()).some((i) => i.id === Number(input.initiative))) {
    return { kind: "invalid_initiative" };
  }
  const emailNormalized = input.email.trim().toLowerCase();
  const token = newManageToken();
  const positionPlaceholder = newPositionPlaceholder();
  const mailInput = { firstName: input.firstName, event, manageUrl: token.url, locale };
  const outcome = await insertRegistrationBatch(
    {
      eventId: event.event.id,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email.trim(),
      emailNormalized,
      phone: input.phone || null,
      ...initiativeFields(input),
      accessibilityNeeds: input.accessibilityNeeds || null,
      answers: input.answers as Record<string, string | string[]>,
      consentVersion: city.legal.privacyVersion,
      locale,
      tokenHash: token.hash,
      confirmedMail: registrationConfirmedMail(mailInput),
      waitlistedMail: waitlistedMail({ ...mailInput, position: positionPlaceholder }),
      positionPlaceholder,
    },
    now,
  );
  if (outcome) return { kind: "registered", ...outcome, token: token.token };
  // Nothing was inserted: the event closed meanwhile, or the address is registered already.
  const fallback = await writeTransaction(async (tx) => {
    const [current] = await tx.select().from(events).where(eq(events.id, event.event.id));
    const currentState = current ? registrationWindowState(current, now) : "cancelled";
    if (currentState !== "open") return { kind: "closed", state: currentState } as const;
    const [existing] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.event.id), eq(registrations.emailNormalized, emailNormalized), inArray(registrations.status, [...activeStatuses])))
      .limit(1);
    // Cancelled between the batch and this read: one more try decides afresh.
    if (!existing) return null;
    // At most one reminder of the link per registration and hour, so nobody can flood an inbox.
    const dedupeKey = `duplicate:${existing.id}:${Math.floor(now.getTime() / 3_600_000)}`;
    if (await dedupeKeyUsed(tx, dedupeKey)) return { kind: "duplicate" } as const;
    const link = await createManageLink(tx, existing.id);
    await enqueueMail(tx, {
      kind: "duplicate_registration",
      dedupeKey,
      // To the stored address: the link goes only where the first confirmation went.
      recipient: existing.email ?? input.email,
      registrationId: existing.id,
      eventId: event.event.id,
      ...duplicateRegistrationMail({ firstName: existing.firstName, event, manageUrl: link.url, locale, status: existing.status === "confirmed" ? "confirmed" : "waitlisted" }),
    });
    return { kind: "duplicate" } as const;
  });
  if (fallback) return fallback;
  if (retry >= 2) return { kind: "closed", state: "closed" };
  return registerOnce(slug, input, now, locale, retry + 1);
}

async function eventForToken(token: string): Promise<{ registrationId: number; event: PublicEvent } | null> {
  const registrationId = await registrationIdForToken(db, token);
  if (!registrationId) return null;
  const [row] = await db.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, registrationId));
  const event = row ? await getEventFactsById(row.eventId) : null;
  return event ? { registrationId, event } : null;
}

/**
 * Cancels the registration behind a manage link. A freed seat goes to the first person on the
 * waiting list in the same transaction, who is told by e-mail. For a supervision group this also
 * withdraws an application (applied or waitlisted) or lets a member leave; a freed place there is
 * NOT filled automatically: the organiser decides who comes next.
 */
export async function cancelRegistrationByToken(token: string, now = new Date()): Promise<"cancelled" | "already" | "not_found" | "past"> {
  const found = await eventForToken(token);
  if (!found) return "not_found";
  if (found.event.event.endsAt <= now) return "past";
  return writeTransaction((tx) => cancelRegistrationInTransaction(tx, found.registrationId, found.event, now));
}

/**
 * The cancellation itself, in the caller's transaction: for the manage link above and for "Meine
 * Daten löschen" (lib/privacy/self-service-delete.ts), which cancels all of a person's upcoming
 * registrations at once. `confirmToPerson: false` leaves out the confirmation mail to the person
 * (whose address is removed in the same transaction); the people promoted are told as always.
 */
export async function cancelRegistrationInTransaction(
  tx: Tx,
  registrationId: number,
  event: PublicEvent,
  now: Date,
  { confirmToPerson = true }: { confirmToPerson?: boolean } = {},
): Promise<"cancelled" | "already" | "not_found" | "past"> {
  if (event.event.endsAt <= now) return "past";
  const supervision = event.format.isSupervision;
  const cancellable = supervision ? withdrawableStatuses : ["confirmed", "waitlisted"];
  const [r] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!r || r.eventId !== event.event.id) return "not_found";
  if (!cancellable.includes(r.status)) return "already";
  await changeRegistrationStatus(tx, r, "cancelled", { cancelledAt: now, updatedAt: now });
  await withdrawPendingMails(tx, r.id, now);
  if (r.email && confirmToPerson) {
    const link = await createManageLink(tx, r.id);
    const input = { firstName: r.firstName, event, manageUrl: link.url, locale: toLocale(r.locale) };
    await enqueueMail(tx, {
      kind: "cancellation_confirmed",
      recipient: r.email,
      registrationId: r.id,
      eventId: r.eventId,
      ...(supervision ? applicationWithdrawnMail(input) : cancellationConfirmedMail(input)),
    });
  }
  // Promote only while the event is still ahead: a seat freed during it helps nobody.
  if (!supervision && r.status === "confirmed" && event.event.startsAt > now) await promoteFromWaitlist(tx, event, now);
  return "cancelled";
}

/** Changes what a person may change themselves: phone and answers. */
export async function updateRegistrationByToken(token: string, changes: { phone: string; answers: Record<string, string | string[]> }) {
  const found = await eventForToken(token);
  if (!found) return "not_found" as const;
  return writeTransaction(async (tx) => {
    const [r] = await tx.select({ status: registrations.status }).from(registrations).where(eq(registrations.id, found.registrationId));
    if (!r || (r.status !== "confirmed" && r.status !== "waitlisted")) return "not_allowed" as const;
    // The answers hold only the answers to the questions (the office's note has its own column).
    await tx
      .update(registrations)
      .set({ phone: changes.phone || null, answers: changes.answers, updatedAt: new Date() })
      .where(eq(registrations.id, found.registrationId));
    return "updated" as const;
  });
}
