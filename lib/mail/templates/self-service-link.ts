import { city } from "@/lib/config/city";
import { fillMessage } from "@/lib/i18n/fill-message";
import privacy from "@/messages/de/privacy.json";
import type { MailContent } from "../outbox";
import { renderStaffMail } from "./layout";

const m = privacy.mail.link;

/**
 * The link to "Meine Daten", after someone asked for it with this address. No name: the request
 * proves nothing yet, and the mail must not tell a stranger who reads it more than the address.
 */
export function selfServiceLinkMail(input: { url: string }): MailContent {
  return renderStaffMail({
    subject: fillMessage(m.subject, { programme: city.programmeName }),
    heading: m.heading,
    name: "",
    blocks: [
      { kind: "paragraph", text: m.intro },
      { kind: "link", text: m.action, url: input.url },
      { kind: "paragraph", text: m.validity },
      { kind: "paragraph", text: m.notYou },
    ],
  });
}
