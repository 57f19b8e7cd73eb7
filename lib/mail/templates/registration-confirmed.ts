import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { calendarAttachment, calendarNote, renderMail, type MailInput } from "./layout";

const m = mail.registrationConfirmed;

/** The seat is confirmed; the event is attached as .ics. */
export function registrationConfirmedMail(input: MailInput): MailContent {
  const ics = calendarAttachment(input.event);
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: m.intro }, calendarNote(mail.common.calendarAttached, ics)],
    after: [{ kind: "paragraph", text: m.next }],
    attachments: [ics],
  });
}
