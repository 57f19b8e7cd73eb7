import { city } from "@/lib/config/city";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MailContent } from "../outbox";
import { renderStaffMail } from "./layout";

/**
 * The link to "Meine Daten", after someone asked for it with this address. No name: the request
 * proves nothing yet, and the mail must not tell a stranger who reads it more than the address.
 * `locale`: the language of the page the link was asked for on.
 */
export function selfServiceLinkMail(input: { url: string; locale?: Locale }): MailContent {
  const t = translator(input.locale ?? defaultLocale, "privacy");
  return renderStaffMail({
    subject: t("mail.link.subject", { programme: city.programmeName }),
    heading: t("mail.link.heading"),
    name: "",
    locale: input.locale,
    blocks: [
      { kind: "paragraph", text: t("mail.link.intro") },
      { kind: "link", text: t("mail.link.action"), url: input.url },
      { kind: "paragraph", text: t("mail.link.validity") },
      { kind: "paragraph", text: t("mail.link.notYou") },
    ],
  });
}
