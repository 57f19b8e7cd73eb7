import type { AccountRole, EventStatus } from "@/db/schema";

/**
 * Who may move an event where, as a pure rule: the commands refuse what it refuses, and the detail
 * page offers exactly what it allows. Access to the event itself (own organisation, or the office)
 * is checked before, by eventForActor.
 *
 *   draft ──submit──▶ in_review ──publish (office)──▶ published ──cancel──▶ cancelled
 *     │  ◀──return (office, with comment)──┘  │            │
 *     │  ◀──withdraw (the organisation)───────┘            └─ close / reopen registration
 *     └──publish (office, or a trusted organisation)──▶ published
 *
 * A published event of an untrusted organisation may carry a change that waits for review
 * (event-save.ts): the office approves it (applied, published) or rejects it (discarded, with a reason).
 */
export const workflowActions = ["submit", "publish", "return", "withdraw", "close", "reopen", "cancel", "approveChange", "rejectChange"] as const;
export type WorkflowAction = (typeof workflowActions)[number];

export type WorkflowSubject = {
  role: AccountRole;
  /** Whether the event's organisation may publish without review. */
  trusted: boolean;
};

export type WorkflowEvent = { status: EventStatus; registrationClosed: boolean; endsAt: Date; pendingRevision?: unknown };

/** The actions the actor may take on this event right now, in the order the page shows them. */
export function allowedWorkflowActions(subject: WorkflowSubject, event: WorkflowEvent, now = new Date()): WorkflowAction[] {
  const office = subject.role === "coordinator";
  const mayPublish = office || subject.trusted;
  switch (event.status) {
    case "draft":
      return mayPublish ? ["publish", "submit"] : ["submit"];
    case "in_review":
      if (office) return ["publish", "return"];
      return mayPublish ? ["publish", "withdraw"] : ["withdraw"];
    case "published": {
      const review: WorkflowAction[] = office && event.pendingRevision ? ["approveChange", "rejectChange"] : [];
      // A past event can neither be cancelled nor opened again: nobody could come any more.
      if (event.endsAt <= now) return [...review, ...(event.registrationClosed ? [] : (["close"] as const))];
      return [...review, event.registrationClosed ? "reopen" : "close", "cancel"];
    }
    case "cancelled":
      return [];
  }
}

export function mayTakeWorkflowAction(subject: WorkflowSubject, event: WorkflowEvent, action: WorkflowAction, now = new Date()): boolean {
  return allowedWorkflowActions(subject, event, now).includes(action);
}
