import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "./event-access";
import { applyEditorInput } from "./event-save";
import { storedEditorInput } from "./event-editor-values";
import { pendingRevisionValues } from "./event-revision";
import type { RevisionValues } from "./revision-fields";
import { notifyChangeApproved, notifyChangeRejected, notifyReviewPublished, notifyReviewReturned, notifyReviewSubmitted } from "./notify-review";
import { runTransition } from "./workflow-transition";

/**
 * The review workflow's commands: submit, publish, send back, withdraw, close and reopen
 * registration. Each is one write transaction with its audit entry and mails (see
 * workflow-transition.ts); who may do what is decided by workflow-rules.ts. Cancelling is in
 * cancel.ts, because it mails every participant.
 */

/** Draft → in review; the office's coordinators are told. A comment from an earlier review is cleared. */
export function submitEvent(actor: Actor, eventId: number, now = new Date()) {
  return runTransition(actor, eventId, "submit", () => ({ status: "in_review", submittedAt: now, reviewComment: null }), (tx, event) => notifyReviewSubmitted(tx, actor, event, now), now);
}

/** Draft or in review → published (the office, or a trusted organisation); the organisation is told. */
export function publishEvent(actor: Actor, eventId: number, now = new Date()) {
  return runTransition(
    actor,
    eventId,
    "publish",
    (event) => ({ status: "published", publishedAt: event.publishedAt ?? now, reviewComment: null }),
    (tx, event) => notifyReviewPublished(tx, actor, event, now),
    now,
  );
}

/** In review → draft with the office's comment, which the organisation sees and gets by mail. */
export function returnEvent(actor: Actor, eventId: number, comment: string, now = new Date()) {
  return runTransition(actor, eventId, "return", () => ({ status: "draft", reviewComment: comment }), (tx, event) => notifyReviewReturned(tx, actor, event, comment, now), now);
}

/** In review → draft, by the organisation itself (to change something before the office looks). */
export function withdrawEvent(actor: Actor, eventId: number, now = new Date()) {
  return runTransition(actor, eventId, "withdraw", () => ({ status: "draft" }), undefined, now);
}

/** Closes registration of a published event early, or opens it again. Nobody registered is affected. */
export function setRegistrationClosed(actor: Actor, eventId: number, closed: boolean, now = new Date()) {
  return runTransition(actor, eventId, closed ? "close" : "reopen", () => ({ registrationClosed: closed }), undefined, now);
}

/**
 * The office approves a change of a published event that waited for review: the proposed values
 * are published (participants hear of it as of any saved change) and the organisation is told.
 */
export function approveChange(actor: Actor, eventId: number, now = new Date()) {
  let proposed: RevisionValues | null = null;
  return runTransition(
    actor,
    eventId,
    "approveChange",
    (event) => {
      proposed = pendingRevisionValues(event);
      return { pendingRevision: null, reviewComment: null };
    },
    async (tx, event) => {
      await applyEditorInput(tx, actor, event.id, { ...(await storedEditorInput(tx, event.id)), ...proposed! }, now);
      // The mail names the event as it is now published.
      await notifyChangeApproved(tx, actor, await eventForActor(actor, event.id, tx), now);
    },
    now,
  );
}

/** The office rejects a waiting change: it is discarded, the published event stays, the organisation reads why (page and mail). */
export function rejectChange(actor: Actor, eventId: number, comment: string, now = new Date()) {
  return runTransition(actor, eventId, "rejectChange", () => ({ pendingRevision: null, reviewComment: comment }), (tx, event) => notifyChangeRejected(tx, actor, event, comment, now), now);
}
