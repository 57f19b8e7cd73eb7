import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { activeStatuses, initiatives, registrations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { writeTransaction } from "@/lib/db/write-transaction";
import { eventForActor } from "@/lib/event-admin/event-access";
import { getEventFactsById } from "@/lib/events/public-queries";
import { enqueueMail } from "@/lib/mail/outbox";
import { registrationConfirmedMail, waitlistedMail } from "@/lib/mail/templates";
import { assertInitialStatus, seatDecision } from "@/lib/registrations/rules";
import { createManageLink } from "@/lib/registrations/tokens";
import { promoteFromWaitlist, seatCounts, waitlistPosition } from "@/lib/registrations/waitlist";
import { auditRegistration } from "./registration-audit";
import type { AddParticipantInput } from "./schemas";

export type AddParticipantResult =
  | { kind: "added"; registrationId: number; status: "confirmed" | "waitlisted"; position: number | null }
  | { kind: "duplicate" }
  | { kind: "invalid_initiative" }
  | { kind: "closed" };

function initiativeColumns(input: AddParticipantInput) {
  if (input.initiative === "keine") return { initiativeId: null, initiativeOther: null };
  if (input.initiative === "andere") return { initiativeId: null, initiativeOther: input.initiativeOther || null };
  return { initiativeId: Number(input.initiative), initiativeOther: null };
}

/**
 * Enters a phone registration. The same rule as online (lib/registrations/commands.ts): a seat if
 * one is free and nobody waits, otherwise the waiting list; one live registration per address.
 * Staff may enter people also after the online registration closed, but only for published events.
 * Mails (the same as online) only when an address is given. One transaction with an audit entry.
 */
export async function addParticipantByHand(actor: Actor, input: AddParticipantInput, now = new Date()): Promise<AddParticipantResult> {
  await eventForActor(actor, input.eventId);
  const facts = await getEventFactsById(input.eventId);
  return writeTransaction(async (tx) => {
    const event = await eventForActor(actor, input.eventId, tx);
    if (event.status !== "published" || !facts) return { kind: "closed" } as const;
    await promoteFromWaitlist(tx, facts, now);
    const emailNormalized = input.email ? input.email.toLowerCase() : null;
    if (emailNormalized) {
      const [existing] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.eventId, event.id), eq(registrations.emailNormalized, emailNormalized), inArray(registrations.status, [...activeStatuses])))
        .limit(1);
      if (existing) return { kind: "duplicate" } as const;
    }
    if (input.initiative !== "andere" && input.initiative !== "keine") {
      const [known] = await tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.id, Number(input.initiative)), eq(initiatives.active, true)));
      if (!known) return { kind: "invalid_initiative" } as const;
    }
    const { taken, waiting } = await seatCounts(tx, event.id);
    const decidedAt = new Date(Math.max(now.getTime(), Date.now()));
    const status = seatDecision({ taken, capacity: event.capacity, waiting });
    assertInitialStatus(status);
    const [created] = await tx
      .insert(registrations)
      .values({
        eventId: event.id,
        status,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email || null,
        emailNormalized,
        phone: input.phone || null,
        ...initiativeColumns(input),
        accessibilityNeeds: input.accessibilityNeeds || null,
        officeNote: input.note || null,
        source: "staff",
        enteredByAccountId: actor.accountId,
        createdAt: decidedAt,
        updatedAt: decidedAt,
      })
      .returning();
    const position = status === "waitlisted" ? await waitlistPosition(tx, created) : null;
    if (created.email) {
      const link = await createManageLink(tx, created.id);
      const mail =
        status === "confirmed"
          ? registrationConfirmedMail({ firstName: created.firstName, event: facts, manageUrl: link.url, locale: created.locale })
          : waitlistedMail({ firstName: created.firstName, event: facts, manageUrl: link.url, locale: created.locale, position: position! });
      await enqueueMail(tx, { kind: status === "confirmed" ? "registration_confirmed" : "waitlisted", recipient: created.email, registrationId: created.id, eventId: event.id, ...mail }, now);
    }
    await auditRegistration(tx, actor, event, created, "registration.added_by_staff", { after: { status, email: created.email, phone: created.phone, source: "staff" } }, now);
    return { kind: "added", registrationId: created.id, status, position } as const;
  });
}
