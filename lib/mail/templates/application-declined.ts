import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type Block, type MailInput } from "./layout";

/** The organiser declined an application: kind words, and the organiser's own message if given. */
export function applicationDeclinedMail(input: MailInput & { message: string | null }): MailContent {
  const t = mailTexts(input.locale);
  const message: Block[] = input.message
    ? [{ kind: "message", heading: t("applicationDeclined.messageHeading", { organiser: input.event.organisation.name }), text: input.message }]
    : [];
  return renderMail({
    ...input,
    subject: t("applicationDeclined.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("applicationDeclined.heading"),
    before: [{ kind: "paragraph", text: t("applicationDeclined.intro") }, ...message, { kind: "paragraph", text: t("applicationDeclined.next") }],
  });
}
