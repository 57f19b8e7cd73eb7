import { fillMessage } from "@/lib/i18n/fill-message";
import texts from "@/messages/de/intern-supervision.json";
import type { MailContent } from "../outbox";
import { renderMail, type Block, type MailInput } from "./layout";

const m = texts.mail.declined;

/** The organiser declined an application: kind words, and the organiser's own message if given. */
export function applicationDeclinedMail(input: MailInput & { message: string | null }): MailContent {
  const message: Block[] = input.message ? [{ kind: "message", heading: fillMessage(m.messageHeading, { organiser: input.event.organisation.name }), text: input.message }] : [];
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: m.intro }, ...message, { kind: "paragraph", text: m.next }],
  });
}
