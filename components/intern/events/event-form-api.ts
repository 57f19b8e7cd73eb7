"use client";

import { useSyncExternalStore } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import messages from "@/messages/de/intern-events.json";
import type { EventFormOptions } from "@/lib/event-admin/event-form-options";

/** What the editor's sections get: react-hook-form, the shown errors and the values to start from. */
export type EventFormApi = {
  form: UseFormReturn<FieldValues>;
  error: (name: string) => string | undefined;
  /** The value typed (after a server answer) or the initial one, as text. */
  text: (name: string) => string;
  checked: (name: string) => boolean;
  /** Whether a list field (checkbox group) holds this value. */
  has: (name: string, value: string) => boolean;
  options: EventFormOptions;
  formatLocked: boolean;
  /** Whether a field, or a field below it ("questions" → "questions.0.label"), has an error. */
  hasError: (...names: string[]) => boolean;
  /** The values the page started from (or the server sent back): decide which parts start open. */
  start: Record<string, unknown>;
  /** The values as typed right now: the summary lines of the parts. */
  live: Record<string, unknown>;
};

export const m = messages.form;
export const fieldsText = messages.form.fields;

/** The value at a dotted path ("sessions.1.date") of nested form values. */
export function valueAt(values: Record<string, unknown>, name: string): unknown {
  return name.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), values);
}

const noSubscription = () => () => {};
/** True once the page runs JavaScript: buttons that only work with it are shown then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

const f = messages.form.fields;
const plainLabels: Record<string, string> = {
  title: f.title,
  summary: f.summary,
  description: f.description,
  formatId: f.format,
  organisationId: f.organisation,
  trainer: f.trainer,
  targetGroup: f.targetGroup,
  attendanceMode: f.attendanceMode,
  venueId: f.venue,
  "newVenue.name": f.venueName,
  "newVenue.street": f.venueStreet,
  "newVenue.postalCode": f.venuePostalCode,
  "newVenue.city": f.venueCity,
  "newVenue.room": f.venueRoom,
  "newVenue.accessibilityNotes": f.venueAccessibility,
  onlineUrl: f.onlineUrl,
  capacity: f.capacity,
  opensDate: f.opensDate,
  opensTime: f.opensTime,
  closesDate: f.closesDate,
  closesTime: f.closesTime,
  topicIds: f.topics,
  languages: f.languages,
  repeatCount: f.repeatCount,
  sessions: messages.form.sections.sessions,
};
const rowFields: Record<string, string> = { date: f.sessionDate, start: f.sessionStart, end: f.sessionEnd, label: f.questionLabel, kind: f.questionKind, options: f.questionOptions, help: f.questionHelp, remove: f.questionRemove };

/** The label of a field for the error summary, rows included ("Termin 2: Ende"). */
export function labelFor(name: string): string {
  if (plainLabels[name]) return plainLabels[name];
  const [list, index, field] = name.split(".");
  const n = Number(index) + 1;
  if (list === "sessions") return `${f.sessionLegend.replace("{n}", String(n))}: ${rowFields[field] ?? ""}`;
  if (list === "questions") return `${f.questionLegend.replace("{n}", String(n))}: ${rowFields[field] ?? ""}`;
  if (list === "repeatDates") return f.repeatDate.replace("{n}", String(n));
  return name;
}
