import "server-only";
import { asc, eq } from "drizzle-orm";
import { eventQuestions, registrations, type Event } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { translator } from "@/lib/i18n/translator";
import type { QuestionRow } from "./event-form-schema";
import { EventInputError } from "./event-input-error";
import { eventSnapshot } from "./event-write-parts";
import { revisionValuesOf, type RevisionValues } from "./revision-fields";
import { organisationTrusted } from "./workflow-transition";

/**
 * Reads and rules of a change to a published event that waits for review (events.pending_revision;
 * the pure list of reviewed fields is in revision-fields.ts). This module owns the JSON's shape.
 */

type Reader = Pick<Tx, "select">;

/** Whether a change of the reviewed fields by this actor must wait for the office: a published event of an organisation that is not trusted. */
export async function changeNeedsReview(tx: Reader, actor: Actor, event: Event): Promise<boolean> {
  if (isCoordinator(actor) || event.status !== "published") return false;
  return !(await organisationTrusted(tx, event.organisationId));
}

/** The event's stored questions as editor rows. */
export async function storedQuestionRows(tx: Reader, eventId: number): Promise<QuestionRow[]> {
  const rows = await tx.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId)).orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
  return rows.map((q) => ({ id: q.id, label: q.label, help: q.help, kind: q.kind, options: q.options, required: q.required, remove: false }));
}

/** The reviewed fields as they are published now. */
export async function currentRevisionValues(tx: Reader, eventId: number): Promise<RevisionValues> {
  const snapshot = await eventSnapshot(tx, eventId);
  return revisionValuesOf({ ...snapshot, questions: await storedQuestionRows(tx, eventId) });
}

/** The proposed values of a pending change, or null. */
export function pendingRevisionValues(event: Pick<Event, "pendingRevision">): RevisionValues | null {
  return event.pendingRevision ? (event.pendingRevision.values as RevisionValues) : null;
}

/** What events.pending_revision stores for a proposal. */
export function pendingRevisionOf(values: RevisionValues, actor: Actor, now: Date): NonNullable<Event["pendingRevision"]> {
  return { values, submittedAt: now.toISOString(), accountId: actor.accountId };
}

/**
 * An event's format decides what it is (a supervision group or not), and people registered or
 * applied for that. Once anyone has (any registration, any status), the format stays.
 */
export async function assertFormatChangeable(tx: Reader, event: Pick<Event, "id" | "formatId">, formatId: number): Promise<void> {
  if (formatId !== event.formatId && (await formatLocked(tx, event.id))) throw new EventInputError("formatId", translator("de", "internEvents")("form.errors.formatLocked"));
}

/** Whether anyone registered or applied: the editor then shows the format as fixed. */
export async function formatLocked(tx: Reader, eventId: number): Promise<boolean> {
  const [anyone] = await tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.eventId, eventId)).limit(1);
  return !!anyone;
}
