import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = mail.duplicateRegistration;

/**
 * Someone registered again with an address that is registered already: no second seat, but the
 * manage link once more (only the owner of the address receives it).
 */
export function duplicateRegistrationMail(input: MailInput & { status?: "confirmed" | "waitlisted" }): MailContent {
  const intro = input.status === "confirmed" ? m.introConfirmed : input.status === "waitlisted" ? m.introWaitlisted : m.introActive;
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [
      { kind: "paragraph", text: intro },
      { kind: "paragraph", text: m.link },
    ],
  });
}
