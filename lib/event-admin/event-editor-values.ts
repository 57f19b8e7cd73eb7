import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { eventQuestions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { eventForActor } from "./event-access";
import { eventSnapshot } from "./event-write-parts";
import { localDateAndTime, toLocalSession } from "./local-times";

/** Spare empty rows the form shows, so that sessions and questions can be added without JavaScript. */
export const SPARE_SESSIONS = 3;
export const SPARE_QUESTIONS = 2;

const emptySession = { date: "", start: "", end: "" };
const emptyQuestion = { id: "", label: "", help: "", kind: "short_text", options: "", required: false, remove: false };

/** The values of an empty editor. */
export function newEventFormValues(actor: Actor): Record<string, unknown> {
  return {
    organisationId: String(actor.organisationId),
    attendanceMode: "in_person",
    venueId: "",
    reminderEnabled: true,
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

/** An event as the editor's values (text, local Berlin times), for an actor who may manage it. */
export async function eventFormValues(actor: Actor, eventId: number) {
  const event = await eventForActor(actor, eventId);
  const snapshot = await eventSnapshot(db, eventId);
  const questions = await db.select().from(eventQuestions).where(eq(eventQuestions.eventId, eventId)).orderBy(asc(eventQuestions.position), asc(eventQuestions.id));
  const opens = event.registrationOpensAt ? localDateAndTime(event.registrationOpensAt) : { date: "", time: "" };
  const closes = event.registrationClosesAt ? localDateAndTime(event.registrationClosesAt) : { date: "", time: "" };
  const values: Record<string, unknown> = {
    title: event.title,
    summary: event.summary,
    description: event.description,
    formatId: String(event.formatId),
    organisationId: String(event.organisationId),
    trainer: event.trainer ?? "",
    targetGroup: event.targetGroup ?? "",
    attendanceMode: event.attendanceMode,
    venueId: event.venueId ? String(event.venueId) : "",
    onlineUrl: event.onlineUrl ?? "",
    capacity: String(event.capacity),
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    topicIds: snapshot.topicIds.map(String),
    languages: snapshot.languages,
    reminderEnabled: event.reminderEnabled,
    openAfterStart: event.openAfterStart,
    sessions: [...snapshot.sessions.map(toLocalSession), ...Array.from({ length: SPARE_SESSIONS }, () => ({ ...emptySession }))],
    questions: [
      ...questions.map((q) => ({ id: String(q.id), label: q.label, help: q.help ?? "", kind: q.kind, options: q.options.join("\n"), required: q.required, remove: false })),
      ...Array.from({ length: SPARE_QUESTIONS }, () => ({ ...emptyQuestion })),
    ],
  };
  return { event: { id: event.id, title: event.title, status: event.status }, values };
}
