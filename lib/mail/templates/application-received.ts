import { fillMessage } from "@/lib/i18n/fill-message";
import supervision from "@/messages/de/supervision.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

/**
 * The mails an applicant of a supervision group gets from the public side: the application
 * arrived, the same address applied again (the link once more), the application was withdrawn.
 * No .ics: only accepted members get the dates for their calendar.
 */
const m = supervision.mail;

type Texts = { subject: string; heading: string; intro: string };

/** A mail of the standard layout: the texts' paragraphs before the group's facts, `after` below them. */
function applicantMail(input: MailInput, texts: Texts, before: string[], after: string[] = []): MailContent {
  const paragraph = (text: string) => ({ kind: "paragraph" as const, text });
  return renderMail({
    ...input,
    subject: fillMessage(texts.subject, { title: input.event.event.title }),
    heading: texts.heading,
    before: [texts.intro, ...before].map(paragraph),
    after: after.map(paragraph),
  });
}

export const applicationReceivedMail = (input: MailInput) => applicantMail(input, m.received, [m.received.next], [m.received.confidential]);

export const applicationAgainMail = (input: MailInput) => applicantMail(input, m.again, [m.again.link]);

export const applicationWithdrawnMail = (input: MailInput) => applicantMail(input, m.withdrawn, []);
