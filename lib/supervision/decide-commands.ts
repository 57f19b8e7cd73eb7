import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { enqueueMail, withdrawPendingMails } from "@/lib/mail/outbox";
import { applicationAcceptedMail } from "@/lib/mail/templates/application-accepted";
import { applicationDeclinedMail } from "@/lib/mail/templates/application-declined";
import { applicationWaitlistedMail } from "@/lib/mail/templates/application-waitlisted";
import { cancellationConfirmedMail } from "@/lib/mail/templates";
import { hasFreeSeat } from "@/lib/registrations/rules";
import { changeRegistrationStatus } from "@/lib/registrations/status-write";
import { seatCounts, waitlistPosition } from "@/lib/registrations/waitlist";
import { auditDecision, decideApplication, manageLinkFor, type DecisionContext } from "./decide-context";
import type { ApplicationDecisionInput, DeclineApplicationInput } from "./decide-schemas";

/**
 * The organiser's decisions on applications to a supervision group. Each is one write transaction
 * with its mail and audit entry. Nobody is ever moved up automatically: the organiser decides.
 */

const undecided = (c: DecisionContext) => c.application.status === "applied" || c.application.status === "waitlisted";

function mailTo(c: DecisionContext, kind: string, to: { recipient: string }, content: ReturnType<typeof applicationAcceptedMail>) {
  return enqueueMail(c.tx, { kind, recipient: to.recipient, registrationId: c.application.id, eventId: c.group.id, ...content }, c.now);
}

/** "Aufnehmen": a new or waiting application becomes a member, never beyond the size limit (capacity). */
export function acceptApplication(actor: Actor, input: ApplicationDecisionInput, now = new Date()): Promise<"accepted" | "full" | "full_waitlisted" | "not_open"> {
  return decideApplication(actor, input, now, async (c) => {
    if (!undecided(c)) return "not_open" as const;
    const { taken } = await seatCounts(c.tx, c.group.id);
    if (!hasFreeSeat(taken, c.group.capacity)) {
      // A full group: a new applicant goes onto the waiting list (and is told); someone already
      // waiting stays there.
      if (c.application.status !== "applied") return "full" as const;
      await putOnWaitlist(actor, c, now);
      return "full_waitlisted" as const;
    }
    // promotedAt: the moment of becoming a member; reminders skip sessions that begin too soon after it.
    await changeRegistrationStatus(c.tx, c.application, "confirmed", { promotedAt: now, updatedAt: now });
    const to = await manageLinkFor(c);
    if (to) await mailTo(c, "application_accepted", to, applicationAcceptedMail({ firstName: c.application.firstName, event: c.facts, manageUrl: to.manageUrl, locale: c.application.locale }));
    await auditDecision(actor, c, "application.accepted", { status: "confirmed" });
    return "accepted" as const;
  });
}

/** "Absagen": a new or waiting application is declined; the optional message goes into the mail. */
export function declineApplication(actor: Actor, input: DeclineApplicationInput, now = new Date()): Promise<"declined" | "not_open"> {
  return decideApplication(actor, input, now, async (c) => {
    if (!undecided(c)) return "not_open" as const;
    await changeRegistrationStatus(c.tx, c.application, "declined", { updatedAt: now });
    await withdrawPendingMails(c.tx, c.application.id, now);
    const to = await manageLinkFor(c);
    if (to) await mailTo(c, "application_declined", to, applicationDeclinedMail({ firstName: c.application.firstName, event: c.facts, manageUrl: to.manageUrl, locale: c.application.locale, message: input.message }));
    // The message itself is the organiser's words to the person: the log notes only that there was one.
    await auditDecision(actor, c, "application.declined", { status: "declined", withMessage: Boolean(input.message) });
    return "declined" as const;
  });
}

/** Puts an application on the waiting list, tells the person their place, and logs it. */
async function putOnWaitlist(actor: Actor, c: DecisionContext, now: Date): Promise<void> {
  await changeRegistrationStatus(c.tx, c.application, "waitlisted", { updatedAt: now });
  const position = await waitlistPosition(c.tx, c.application);
  const to = await manageLinkFor(c);
  if (to) await mailTo(c, "application_waitlisted", to, applicationWaitlistedMail({ firstName: c.application.firstName, event: c.facts, manageUrl: to.manageUrl, locale: c.application.locale, position }));
  await auditDecision(actor, c, "application.waitlisted", { status: "waitlisted", position });
}

/** "Auf die Warteliste": a new application waits; the person learns their place. */
export function waitlistApplication(actor: Actor, input: ApplicationDecisionInput, now = new Date()): Promise<"waitlisted" | "not_open"> {
  return decideApplication(actor, input, now, async (c) => {
    if (c.application.status !== "applied") return "not_open" as const;
    await putOnWaitlist(actor, c, now);
    return "waitlisted" as const;
  });
}

/**
 * "Mitgliedschaft beenden": a member leaves (they told the organiser). The place becomes free; the
 * page then offers the first person of the waiting list, but nobody moves up by themselves.
 */
export function endMembership(actor: Actor, input: ApplicationDecisionInput, now = new Date()): Promise<"ended" | "not_member"> {
  return decideApplication(actor, input, now, async (c) => {
    if (c.application.status !== "confirmed") return "not_member" as const;
    await changeRegistrationStatus(c.tx, c.application, "cancelled", { cancelledAt: now, updatedAt: now });
    await withdrawPendingMails(c.tx, c.application.id, now);
    const to = await manageLinkFor(c);
    if (to) await mailTo(c, "cancellation_confirmed", to, cancellationConfirmedMail({ firstName: c.application.firstName, event: c.facts, manageUrl: to.manageUrl, locale: c.application.locale }));
    await auditDecision(actor, c, "application.membership_ended", { status: "cancelled" });
    return "ended" as const;
  });
}
