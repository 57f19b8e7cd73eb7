import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import texts from "@/messages/de/intern-supervision.json";
import type { MailContent } from "../outbox";
import { calendarAttachment, calendarNote, renderMail, sessionLines, type MailInput } from "./layout";

const m = texts.mail.accepted;

/**
 * The organiser accepted an application: the person is a member of the supervision group. Every
 * session date is listed, and one .ics holds every session (one VEVENT each).
 */
export function applicationAcceptedMail(input: MailInput): MailContent {
  const ics = calendarAttachment(input.event);
  const dates = sessionLines(input.event).map((when, i) => fillMessage(m.dateLine, { n: i + 1, when }));
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: m.intro }, { kind: "list", heading: m.datesHeading, items: dates }, calendarNote(mail.common.calendarAttached, ics)],
    after: [{ kind: "paragraph", text: m.next }],
    attachments: [ics],
  });
}
