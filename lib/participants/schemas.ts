import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { checkbox, idField, requiredText } from "@/lib/forms/zod-fields";
import { PERSON_NAME_MAX, personNameField } from "@/lib/registrations/person-name";

/**
 * The zod schemas of the participant pages, shared by the browser forms, the server actions and the
 * data layer (so the same rules hold whichever of them is used).
 */
// German only (the signed-in area); shared with the browser forms.
const t = translator("de", "internParticipants");
// The maximum as text: the catalogue's number format would write 5000 as "5.000".
const tooLong = (max: number) => t("errors.tooLong", { max: String(max) });
const trimmed = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, tooLong(max)));

const ids = { eventId: idField(t("errors.id")), registrationId: idField(t("errors.id")) };

/** A phone registration entered by staff. The e-mail address is optional. */
export const addParticipantSchema = z
  .object({
    eventId: idField(t("errors.id")),
    firstName: z.preprocess((v) => (typeof v === "string" ? v : ""), personNameField({ required: t("errors.firstName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("errors.nameChars") })),
    lastName: z.preprocess((v) => (typeof v === "string" ? v : ""), personNameField({ required: t("errors.lastName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("errors.nameChars") })),
    email: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.union([z.literal(""), z.email({ error: t("errors.email") }).max(254, t("errors.email"))], { error: t("errors.email") }),
    ),
    phone: trimmed(40).pipe(z.string().regex(/^[0-9+()/\s-]*$/, t("errors.phone"))),
    /** An initiative id, "andere" or "keine". */
    initiative: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().regex(/^(\d+|andere|keine)$/, t("errors.initiative"))),
    initiativeOther: trimmed(200),
    accessibilityNeeds: trimmed(1000),
    note: trimmed(1000),
  })
  .refine((v) => !(v.initiative === "andere" && !v.initiativeOther), {
    path: ["initiativeOther"],
    message: t("errors.initiativeOther"),
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });
export type AddParticipantInput = z.output<typeof addParticipantSchema>;

/** Moving a person from the waiting list onto the event; `override` allows going over capacity. */
export const moveFromWaitlistSchema = z.object({ ...ids, override: checkbox() });

/** Cancelling on someone's behalf (posted from the confirmation page). */
export const cancelOnBehalfSchema = z.object(ids);

/** "Da" / "Nicht da" at the check-in; `q` keeps the search the person typed. */
export const attendanceSchema = z.object({
  ...ids,
  // "open" undoes a mark (a wrong tap): the person is not marked again.
  attendance: z.enum(["attended", "no_show", "open"], { error: t("errors.id") }),
  q: z.preprocess((v) => (typeof v === "string" ? v.slice(0, 100) : ""), z.string()).catch(""),
});
export type AttendanceInput = z.output<typeof attendanceSchema>;

export const messageRecipientGroups = ["confirmed", "waitlisted", "selected"] as const;

/** A message to all confirmed, all waiting, or the selected participants of an event. */
export const participantMessageSchema = z
  .object({
    eventId: idField(t("errors.id")),
    recipients: z.enum(messageRecipientGroups, { error: t("errors.recipients") }),
    registrationIds: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(idField(t("errors.id"))).max(1000)),
    subject: requiredText(t("errors.subject"), 200, tooLong(200)),
    text: requiredText(t("errors.text"), 5000, tooLong(5000)),
    confirm: checkbox().refine((v) => v, t("errors.confirm")),
  })
  .refine((v) => v.recipients !== "selected" || v.registrationIds.length > 0, {
    path: ["registrationIds"],
    message: t("errors.people"),
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });
export type ParticipantMessageInput = z.output<typeof participantMessageSchema>;
