import { city } from "@/lib/config/city";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MailContent } from "../outbox";
import { localizedUrl, renderStaffMail, type Block } from "./layout";

export type ResentLink = { title: string; when: string; url: string };

/**
 * "Alle Links erneut senden": one mail with a fresh manage link per live registration of the address,
 * in the language of the person's latest registration.
 */
export function selfServiceLinksResendMail(input: { firstName: string; links: ResentLink[]; locale?: Locale }): MailContent {
  const t = translator(input.locale ?? defaultLocale, "privacy");
  const links: Block[] = input.links.map((l) => ({ kind: "link", text: `${l.title} (${l.when})`, url: localizedUrl(l.url, input.locale) }));
  return renderStaffMail({
    subject: t("mail.resend.subject", { programme: city.programmeName }),
    heading: t("mail.resend.heading"),
    name: input.firstName,
    locale: input.locale,
    blocks: [{ kind: "paragraph", text: input.links.length > 0 ? t("mail.resend.intro") : t("mail.resend.none") }, ...links, { kind: "paragraph", text: t("mail.resend.private") }],
  });
}
