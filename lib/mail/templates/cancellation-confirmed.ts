import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { eventUrl, renderMail, type MailInput } from "./layout";

const m = mail.cancellationConfirmed;

/** The person cancelled their registration. */
export function cancellationConfirmedMail(input: MailInput): MailContent {
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: m.intro }],
    after: [{ kind: "link", text: m.again, url: eventUrl(input.event) }],
  });
}
