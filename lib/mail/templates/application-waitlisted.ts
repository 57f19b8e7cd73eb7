import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/** The organiser put an application on the group's waiting list, at `position` (1-based). */
export function applicationWaitlistedMail(input: MailInput & { position: number }): MailContent {
  const t = mailTexts(input.locale);
  return renderMail({
    ...input,
    subject: t("applicationWaitlisted.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("applicationWaitlisted.heading"),
    before: [{ kind: "paragraph", text: t("applicationWaitlisted.intro", { position: String(input.position) }) }],
    // Unlike an event's waiting list, nobody moves up by themselves: what happens next follows the facts.
    after: [{ kind: "paragraph", text: t("applicationWaitlisted.next") }],
  });
}
