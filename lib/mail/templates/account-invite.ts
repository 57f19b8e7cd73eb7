import { city } from "@/lib/config/city";
import type { MailContent } from "../outbox";
import { mailTexts, renderStaffMail } from "./layout";

/** An invitation to /intern, with the link to set a password (staff mails are German). */
export function accountInviteMail(input: { name: string; inviter: string; organisation: string; url: string }): MailContent {
  const t = mailTexts("de");
  const values = { programme: city.programmeName, inviter: input.inviter, organisation: input.organisation };
  return renderStaffMail({
    subject: t("accountInvite.subject", values),
    heading: t("accountInvite.heading"),
    name: input.name,
    blocks: [
      { kind: "paragraph", text: t("accountInvite.intro", values) },
      { kind: "link", text: t("accountInvite.action"), url: input.url },
      { kind: "paragraph", text: t("accountInvite.validity") },
    ],
  });
}
