"use client";

import { useSyncExternalStore } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { Messages } from "@/lib/i18n/messages";
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

type Fields = Messages["internEvents"]["form"]["fields"];
/** The field texts that are texts (not groups such as "modes"). */
type FieldText = { [K in keyof Fields]: Fields[K] extends string ? K : never }[keyof Fields];
/** The editor's field texts (next-intl's translator for internEvents.form.fields). */
export type FieldsTranslator = (key: FieldText, values?: Record<string, string>) => string;

/** Each field's label, as a key of internEvents.form.fields ("sessions": the part's heading). */
const plainLabels: Record<string, FieldText | "sessions"> = {
  title: "title",
  titleEn: "titleEn",
  summary: "summary",
  summaryEn: "summaryEn",
  description: "description",
  formatId: "format",
  organisationId: "organisation",
  trainer: "trainer",
  targetGroup: "targetGroup",
  attendanceMode: "attendanceMode",
  venueId: "venue",
  "newVenue.name": "venueName",
  "newVenue.street": "venueStreet",
  "newVenue.postalCode": "venuePostalCode",
  "newVenue.city": "venueCity",
  "newVenue.room": "venueRoom",
  "newVenue.accessibilityNotes": "venueAccessibility",
  onlineUrl: "onlineUrl",
  capacity: "capacity",
  opensDate: "opensDate",
  opensTime: "opensTime",
  closesDate: "closesDate",
  closesTime: "closesTime",
  topicIds: "topics",
  languages: "languages",
  repeatCount: "repeatCount",
  sessions: "sessions",
};
const rowFields: Record<string, FieldText> = { date: "sessionDate", start: "sessionStart", end: "sessionEnd", label: "questionLabel", kind: "questionKind", options: "questionOptions", help: "questionHelp", remove: "questionRemove" };

/**
 * The label of a field for the error summary, rows included ("Termin 2: Ende"). `t` gives the
 * field texts, `sessionsHeading` the heading of the sessions' part.
 */
export function labelFor(name: string, t: FieldsTranslator, sessionsHeading: string): string {
  const plain = plainLabels[name];
  if (plain) return plain === "sessions" ? sessionsHeading : t(plain);
  const [list, index, field] = name.split(".");
  const n = String(Number(index) + 1);
  const row = rowFields[field] ? t(rowFields[field]) : "";
  if (list === "sessions") return `${t("sessionLegend", { n })}: ${row}`;
  if (list === "questions") return `${t("questionLegend", { n })}: ${row}`;
  if (list === "repeatDates") return t("repeatDate", { n });
  return name;
}
