import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { accounts, organisations, type Event } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { absoluteUrl } from "@/lib/config/env";
import type { Tx } from "@/lib/db/write-transaction";
import { enqueueMail, type MailContent } from "@/lib/mail/outbox";
import { changeApprovedMail, changeRejectedMail, changeSubmittedMail, reviewPublishedMail, reviewReturnedMail, reviewSubmittedMail } from "@/lib/mail/templates";
import type { ReviewMailInput } from "@/lib/mail/templates/review-notifications";

/**
 * Review notifications to members of staff, in the caller's transaction: the office's coordinators
 * when an event (or a change of a published one) is submitted, the organisation's accounts when it
 * is published or sent back (the change approved or rejected). The
 * person who did it gets no mail about their own step.
 */

type Recipient = { name: string; email: string };

async function activeAccounts(tx: Tx, actor: Actor, where: ReturnType<typeof eq>): Promise<Recipient[]> {
  return tx
    .select({ name: accounts.name, email: accounts.email })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(and(where, eq(accounts.active, true), eq(organisations.active, true), ne(accounts.id, actor.accountId)));
}

async function send(tx: Tx, kind: string, event: Event, recipients: Recipient[], build: (to: Recipient) => MailContent, now: Date) {
  for (const to of recipients) {
    await enqueueMail(tx, { kind, recipient: to.email, eventId: event.id, ...build(to) }, now);
  }
}

async function mailInput(tx: Tx, actor: Actor, event: Event) {
  const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, event.organisationId));
  return (to: Recipient): ReviewMailInput => ({
    name: to.name,
    author: actor.name,
    organisation: organisation?.name ?? "",
    title: event.title,
    url: absoluteUrl(`/intern/veranstaltungen/${event.id}`),
  });
}

export async function notifyReviewSubmitted(tx: Tx, actor: Actor, event: Event, now: Date) {
  const input = await mailInput(tx, actor, event);
  const coordinators = await activeAccounts(tx, actor, eq(accounts.role, "coordinator"));
  await send(tx, "review_submitted", event, coordinators, (to) => reviewSubmittedMail(input(to)), now);
}

export async function notifyReviewPublished(tx: Tx, actor: Actor, event: Event, now: Date) {
  const input = await mailInput(tx, actor, event);
  const staff = await activeAccounts(tx, actor, eq(accounts.organisationId, event.organisationId));
  await send(tx, "review_published", event, staff, (to) => reviewPublishedMail(input(to)), now);
}

export async function notifyReviewReturned(tx: Tx, actor: Actor, event: Event, comment: string, now: Date) {
  const input = await mailInput(tx, actor, event);
  const staff = await activeAccounts(tx, actor, eq(accounts.organisationId, event.organisationId));
  await send(tx, "review_returned", event, staff, (to) => reviewReturnedMail({ ...input(to), comment }), now);
}

/** A change of a published event waits for review: the office's coordinators are told. */
export async function notifyChangeSubmitted(tx: Tx, actor: Actor, event: Event, now: Date) {
  const input = await mailInput(tx, actor, event);
  const coordinators = await activeAccounts(tx, actor, eq(accounts.role, "coordinator"));
  await send(tx, "change_submitted", event, coordinators, (to) => changeSubmittedMail(input(to)), now);
}

export async function notifyChangeApproved(tx: Tx, actor: Actor, event: Event, now: Date) {
  const input = await mailInput(tx, actor, event);
  const staff = await activeAccounts(tx, actor, eq(accounts.organisationId, event.organisationId));
  await send(tx, "change_approved", event, staff, (to) => changeApprovedMail(input(to)), now);
}

export async function notifyChangeRejected(tx: Tx, actor: Actor, event: Event, comment: string, now: Date) {
  const input = await mailInput(tx, actor, event);
  const staff = await activeAccounts(tx, actor, eq(accounts.organisationId, event.organisationId));
  await send(tx, "change_rejected", event, staff, (to) => changeRejectedMail({ ...input(to), comment }), now);
}
