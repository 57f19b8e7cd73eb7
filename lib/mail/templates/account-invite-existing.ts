import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderStaffMail } from "./layout";

const m = mail.accountInviteExisting;

/**
 * To the owner of an address that someone of another organisation tried to invite: the account
 * stays as it is, the inviter is not told, and the office can move it if that is wanted.
 */
export function accountInviteExistingMail(input: { name: string; inviter: string; organisation: string }): MailContent {
  const values = { programme: city.programmeName, inviter: input.inviter, organisation: input.organisation, email: city.office.email, phone: city.office.phone };
  return renderStaffMail({
    subject: fillMessage(m.subject, values),
    heading: m.heading,
    name: input.name,
    blocks: [
      { kind: "paragraph", text: fillMessage(m.intro, values) },
      { kind: "paragraph", text: fillMessage(m.change, values) },
      { kind: "link", text: m.forgot, url: absoluteUrl("/intern/passwort-vergessen") },
    ],
  });
}
