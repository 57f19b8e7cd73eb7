import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/** A message the organiser writes to the participants of an event (subject and text as typed, not translated). */
export function organiserMessageMail(input: MailInput & { subject: string; message: string }): MailContent {
  const t = mailTexts(input.locale);
  const subject = input.subject.replace(/\s+/g, " ").trim();
  return renderMail({
    ...input,
    subject: t("organiserMessage.subject", { subject, title: eventTitle(input.event.event, input.locale) }),
    heading: subject,
    before: [
      { kind: "paragraph", text: t("organiserMessage.intro", { organiser: input.event.organisation.name }) },
      { kind: "message", text: input.message },
    ],
  });
}
