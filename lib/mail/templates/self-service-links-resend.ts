import { city } from "@/lib/config/city";
import { fillMessage } from "@/lib/i18n/fill-message";
import privacy from "@/messages/de/privacy.json";
import type { MailContent } from "../outbox";
import { renderStaffMail, type Block } from "./layout";

const m = privacy.mail.resend;

export type ResentLink = { title: string; when: string; url: string };

/** "Alle Links erneut senden": one mail with a fresh manage link per live registration of the address. */
export function selfServiceLinksResendMail(input: { firstName: string; links: ResentLink[] }): MailContent {
  const links: Block[] = input.links.map((l) => ({ kind: "link", text: `${l.title} (${l.when})`, url: l.url }));
  return renderStaffMail({
    subject: fillMessage(m.subject, { programme: city.programmeName }),
    heading: m.heading,
    name: input.firstName,
    blocks: [{ kind: "paragraph", text: input.links.length > 0 ? m.intro : m.none }, ...links, { kind: "paragraph", text: m.private }],
  });
}
