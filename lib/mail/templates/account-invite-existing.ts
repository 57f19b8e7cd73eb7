import { city } from "@/lib/config/city";
import { absoluteUrl } from "@/lib/config/env";
import type { MailContent } from "../outbox";
import { mailTexts, renderStaffMail } from "./layout";

/**
 * To the owner of an address that someone of another organisation tried to invite: the account
 * stays as it is, the inviter is not told, and the office can move it if that is wanted. German (staff).
 */
export function accountInviteExistingMail(input: { name: string; inviter: string; organisation: string }): MailContent {
  const t = mailTexts("de");
  const values = { programme: city.programmeName, inviter: input.inviter, organisation: input.organisation, email: city.office.email, phone: city.office.phone };
  return renderStaffMail({
    subject: t("accountInviteExisting.subject", values),
    heading: t("accountInviteExisting.heading"),
    name: input.name,
    blocks: [
      { kind: "paragraph", text: t("accountInviteExisting.intro", values) },
      { kind: "paragraph", text: t("accountInviteExisting.change", values) },
      { kind: "link", text: t("accountInviteExisting.forgot"), url: absoluteUrl("/intern/passwort-vergessen") },
    ],
  });
}
