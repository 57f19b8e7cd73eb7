import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = mail.organiserMessage;

/** A message the organiser writes to the participants of an event (subject and text as typed). */
export function organiserMessageMail(input: MailInput & { subject: string; message: string }): MailContent {
  const subject = input.subject.replace(/\s+/g, " ").trim();
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { subject, title: input.event.event.title }),
    heading: subject,
    before: [
      { kind: "paragraph", text: fillMessage(m.intro, { organiser: input.event.organisation.name }) },
      { kind: "message", text: input.message },
    ],
  });
}
