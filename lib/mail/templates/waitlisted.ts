import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = mail.waitlisted;

/**
 * The event is full: the person is on the waiting list, at `position` (1-based). A registration
 * renders it before its place is known and passes a placeholder the database replaces
 * (lib/registrations/register-batch.ts).
 */
export function waitlistedMail(input: MailInput & { position: number | string }): MailContent {
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [
      { kind: "paragraph", text: fillMessage(m.intro, { position: input.position }) },
      { kind: "paragraph", text: m.next },
    ],
  });
}
