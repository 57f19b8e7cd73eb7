import type { MailContent } from "../outbox";
import { calendarAttachment, eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/**
 * The one shape of every mail that says "you have a seat" (registered directly, or moved up from
 * the waiting list): intro, the event as .ics attached, the facts, what to do if plans change.
 * `kind` names the catalogue texts (mail.registrationConfirmed or mail.promoted).
 */
export function seatConfirmedMail(kind: "registrationConfirmed" | "promoted", input: MailInput): MailContent {
  const t = mailTexts(input.locale);
  const ics = calendarAttachment(input.event, {}, input.locale);
  return renderMail({
    ...input,
    subject: t(`${kind}.subject`, { title: eventTitle(input.event.event, input.locale) }),
    heading: t(`${kind}.heading`),
    before: [
      { kind: "paragraph", text: t(`${kind}.intro`) },
      { kind: "paragraph", text: t("common.calendarAttached", { filename: ics.filename }) },
    ],
    after: [{ kind: "paragraph", text: t(`${kind}.next`) }],
    attachments: [ics],
  });
}
