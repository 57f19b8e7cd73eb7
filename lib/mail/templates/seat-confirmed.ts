import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { calendarAttachment, calendarNote, renderMail, type MailInput } from "./layout";

/** The catalogue texts of a mail that confirms a seat. */
type SeatConfirmedTexts = { subject: string; heading: string; intro: string; next: string };

/**
 * The one shape of every mail that says "you have a seat" (registered directly, or moved up from
 * the waiting list): intro, the event as .ics attached, the facts, what to do if plans change.
 */
export function seatConfirmedMail(texts: SeatConfirmedTexts, input: MailInput): MailContent {
  const ics = calendarAttachment(input.event);
  return renderMail({
    ...input,
    subject: fillMessage(texts.subject, { title: input.event.event.title }),
    heading: texts.heading,
    before: [{ kind: "paragraph", text: texts.intro }, calendarNote(mail.common.calendarAttached, ics)],
    after: [{ kind: "paragraph", text: texts.next }],
    attachments: [ics],
  });
}
