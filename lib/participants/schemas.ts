import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { checkbox, idField, requiredText } from "@/lib/forms/zod-fields";
import { PERSON_NAME_MAX, personNameField } from "@/lib/registrations/person-name";

/** The error texts: "internParticipants.errors" (German only, the signed-in area). */
export type ParticipantErrorTexts = Texts<keyof Messages["internParticipants"]["errors"]>;

export const messageRecipientGroups = ["confirmed", "waitlisted", "selected"] as const;

/**
 * The zod schemas of the participant pages, shared by the browser forms, the server actions and the
 * data layer (so the same rules hold whichever of them is used). They take their texts as a
 * parameter (useTranslations in the browser, lib/participants/schemas-server.ts on the server) so
 * that the browser bundle does not carry the catalogue.
 */
export function participantSchemas(t: ParticipantErrorTexts) {
  // The maximum as text: the catalogue's number format would write 5000 as "5.000".
  const tooLong = (max: number) => t("tooLong", { max: String(max) });
  const trimmed = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, tooLong(max)));

  const ids = { eventId: idField(t("id")), registrationId: idField(t("id")) };

  /** A phone registration entered by staff. The e-mail address is optional. */
  const addParticipantSchema = z
    .object({
      eventId: idField(t("id")),
      firstName: z.preprocess((v) => (typeof v === "string" ? v : ""), personNameField({ required: t("firstName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("nameChars") })),
      lastName: z.preprocess((v) => (typeof v === "string" ? v : ""), personNameField({ required: t("lastName"), tooLong: tooLong(PERSON_NAME_MAX), characters: t("nameChars") })),
      email: z.preprocess(
        (v) => (typeof v === "string" ? v.trim() : ""),
        z.union([z.literal(""), z.email({ error: t("email") }).max(254, t("email"))], { error: t("email") }),
      ),
      phone: trimmed(40).pipe(z.string().regex(/^[0-9+()/\s-]*$/, t("phone"))),
      /** An initiative id, "andere" or "keine". */
      initiative: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().regex(/^(\d+|andere|keine)$/, t("initiative"))),
      initiativeOther: trimmed(200),
      accessibilityNeeds: trimmed(1000),
      note: trimmed(1000),
    })
    .refine((v) => !(v.initiative === "andere" && !v.initiativeOther), {
      path: ["initiativeOther"],
      message: t("initiativeOther"),
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    });

  /** Moving a person from the waiting list onto the event; `override` allows going over capacity. */
  const moveFromWaitlistSchema = z.object({ ...ids, override: checkbox() });

  /** Cancelling on someone's behalf (posted from the confirmation page). */
  const cancelOnBehalfSchema = z.object(ids);

  /** "Da" / "Nicht da" at the check-in; `q` keeps the search the person typed. */
  const attendanceSchema = z.object({
    ...ids,
    // "open" undoes a mark (a wrong tap): the person is not marked again.
    attendance: z.enum(["attended", "no_show", "open"], { error: t("id") }),
    q: z.preprocess((v) => (typeof v === "string" ? v.slice(0, 100) : ""), z.string()).catch(""),
  });

  /** A message to all confirmed, all waiting, or the selected participants of an event. */
  const participantMessageSchema = z
    .object({
      eventId: idField(t("id")),
      recipients: z.enum(messageRecipientGroups, { error: t("recipients") }),
      registrationIds: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(idField(t("id"))).max(1000)),
      subject: requiredText(t("subject"), 200, tooLong(200)),
      text: requiredText(t("text"), 5000, tooLong(5000)),
      confirm: checkbox().refine((v) => v, t("confirm")),
    })
    .refine((v) => v.recipients !== "selected" || v.registrationIds.length > 0, {
      path: ["registrationIds"],
      message: t("people"),
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    });

  return { addParticipantSchema, moveFromWaitlistSchema, cancelOnBehalfSchema, attendanceSchema, participantMessageSchema };
}

type ParticipantSchemas = ReturnType<typeof participantSchemas>;
export type AddParticipantInput = z.output<ParticipantSchemas["addParticipantSchema"]>;
export type AttendanceInput = z.output<ParticipantSchemas["attendanceSchema"]>;
export type ParticipantMessageInput = z.output<ParticipantSchemas["participantMessageSchema"]>;
