import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/write-transaction";
import { eventForActor } from "./event-access";
import type { EventFormInput } from "./event-form-schema";
import { eventFormSchema } from "./event-form-schema-server";
import { changeNeedsReview, formatLocked, pendingRevisionValues, storedQuestionRows } from "./event-revision";
import { eventSnapshot } from "./event-write-parts";
import { localDateAndTime, toLocalSession } from "./local-times";
import { revisionValuesOf, type RevisionValues } from "./revision-fields";

type Reader = Pick<Tx, "select">;

/** Spare empty rows the form shows, so that sessions and questions can be added without JavaScript. */
export const SPARE_SESSIONS = 3;
export const SPARE_QUESTIONS = 2;

const emptySession = { id: "", date: "", start: "", end: "" };
const emptyQuestion = { id: "", label: "", help: "", kind: "short_text", options: "", required: false, remove: false };

/** The values of an empty editor. */
export function newEventFormValues(actor: Actor): Record<string, unknown> {
  return {
    organisationId: String(actor.organisationId),
    attendanceMode: "in_person",
    venueId: "",
    reminderEnabled: true,
    certificateThresholdPercent: "75",
    openAfterStart: false,
    languages: ["de"],
    topicIds: [],
    sessions: Array.from({ length: SPARE_SESSIONS }, () => ({ ...emptySession })),
    questions: Array.from({ length: SPARE_QUESTIONS }, () => ({ ...emptyQuestion })),
    repeat: "none",
    repeatCount: "",
    repeatDates: ["", "", "", ""],
  };
}

/** The reviewed fields as the editor's values (text), to lay a waiting change over the published ones. */
function revisionFormValues(v: RevisionValues): Record<string, unknown> {
  return {
    title: v.title,
    titleEn: v.titleEn ?? "",
    summary: v.summary,
    summaryEn: v.summaryEn ?? "",
    description: v.description,
    formatId: String(v.formatId),
    trainer: v.trainer ?? "",
    targetGroup: v.targetGroup ?? "",
    topicIds: v.topicIds.map(String),
    languages: v.languages,
    questions: v.questions.map((q) => ({ id: q.id === undefined ? "" : String(q.id), label: q.label, help: q.help ?? "", kind: q.kind, options: q.options.join("\n"), required: q.required, remove: q.remove })),
  };
}

/** The stored event as the editor's values (text, local Berlin times), without spare rows. */
async function storedEditorValues(tx: Reader, event: Event): Promise<Record<string, unknown>> {
  const snapshot = await eventSnapshot(tx, event.id);
  const opens = event.registrationOpensAt ? localDateAndTime(event.registrationOpensAt) : { date: "", time: "" };
  const closes = event.registrationClosesAt ? localDateAndTime(event.registrationClosesAt) : { date: "", time: "" };
  return {
    organisationId: String(event.organisationId),
    attendanceMode: event.attendanceMode,
    venueId: event.venueId ? String(event.venueId) : "",
    onlineUrl: event.onlineUrl ?? "",
    capacity: String(event.capacity),
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    reminderEnabled: event.reminderEnabled,
    certificateThresholdPercent: String(event.certificateThresholdPercent),
    openAfterStart: event.openAfterStart,
    sessions: snapshot.sessions.map((s) => ({ id: String(s.id), ...toLocalSession(s) })),
    ...revisionFormValues(revisionValuesOf({ ...snapshot, questions: await storedQuestionRows(tx, event.id) })),
  };
}

/** The stored event as the editor's parsed input, e.g. to apply a reviewed change on top of it. */
export async function storedEditorInput(tx: Reader, eventId: number): Promise<EventFormInput> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId));
  return eventFormSchema.parse(await storedEditorValues(tx, event));
}

/**
 * An event as the editor's values, for an actor who may manage it. A change that waits for review
 * is shown as typed (the organisation goes on from its proposal; saving the published values
 * again withdraws it). Also says whether the format is fixed and whether changes go to review.
 */
export async function eventFormValues(actor: Actor, eventId: number) {
  const event = await eventForActor(actor, eventId);
  const stored = await storedEditorValues(db, event);
  const pending = pendingRevisionValues(event);
  const values: Record<string, unknown> = { ...stored, ...(pending ? revisionFormValues(pending) : {}) };
  values.sessions = [...(values.sessions as unknown[]), ...Array.from({ length: SPARE_SESSIONS }, () => ({ ...emptySession }))];
  values.questions = [...(values.questions as unknown[]), ...Array.from({ length: SPARE_QUESTIONS }, () => ({ ...emptyQuestion }))];
  return {
    event: { id: event.id, title: event.title, status: event.status, changeWaitsForReview: pending !== null, reviewComment: event.reviewComment },
    changesReviewed: await changeNeedsReview(db, actor, event),
    formatLocked: await formatLocked(db, event.id),
    values,
  };
}
