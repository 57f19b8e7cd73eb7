import { fillMessage } from "@/lib/i18n/fill-message";
import texts from "@/messages/de/intern-supervision.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = texts.mail.waitlisted;

/** The organiser put an application on the group's waiting list, at `position` (1-based). */
export function applicationWaitlistedMail(input: MailInput & { position: number }): MailContent {
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: fillMessage(m.intro, { position: input.position }) }],
    // Unlike an event's waiting list, nobody moves up by themselves: what happens next follows the facts.
    after: [{ kind: "paragraph", text: m.next }],
  });
}
