import { city } from "@/lib/config/city";
import type { MailContent } from "../outbox";
import { mailTexts, renderStaffMail } from "./layout";

/** The link to choose a new password, after someone asked for it on the sign-in page (German: staff). */
export function passwordResetMail(input: { name: string; url: string }): MailContent {
  const t = mailTexts("de");
  return renderStaffMail({
    subject: t("passwordReset.subject", { programme: city.programmeName }),
    heading: t("passwordReset.heading"),
    name: input.name,
    blocks: [
      { kind: "paragraph", text: t("passwordReset.intro") },
      { kind: "link", text: t("passwordReset.action"), url: input.url },
      { kind: "paragraph", text: t("passwordReset.validity") },
    ],
  });
}
