import { city } from "@/lib/config/city";
import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderStaffMail } from "./layout";

const m = mail.accountInvite;

/** An invitation to /intern, with the link to set a password. */
export function accountInviteMail(input: { name: string; inviter: string; organisation: string; url: string }): MailContent {
  const values = { programme: city.programmeName, inviter: input.inviter, organisation: input.organisation };
  return renderStaffMail({
    subject: fillMessage(m.subject, values),
    heading: m.heading,
    name: input.name,
    blocks: [
      { kind: "paragraph", text: fillMessage(m.intro, values) },
      { kind: "link", text: m.action, url: input.url },
      { kind: "paragraph", text: m.validity },
    ],
  });
}
