import { city } from "@/lib/config/city";
import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderStaffMail } from "./layout";

const m = mail.passwordReset;

/** The link to choose a new password, after someone asked for it on the sign-in page. */
export function passwordResetMail(input: { name: string; url: string }): MailContent {
  return renderStaffMail({
    subject: fillMessage(m.subject, { programme: city.programmeName }),
    heading: m.heading,
    name: input.name,
    blocks: [
      { kind: "paragraph", text: m.intro },
      { kind: "link", text: m.action, url: input.url },
      { kind: "paragraph", text: m.validity },
    ],
  });
}
