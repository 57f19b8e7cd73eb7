import type { MailContent } from "../outbox";
import { eventTitle, eventUrl, mailTexts, renderMail, type MailInput } from "./layout";

/** The person cancelled their registration. */
export function cancellationConfirmedMail(input: MailInput): MailContent {
  const t = mailTexts(input.locale);
  return renderMail({
    ...input,
    subject: t("cancellationConfirmed.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("cancellationConfirmed.heading"),
    before: [{ kind: "paragraph", text: t("cancellationConfirmed.intro") }],
    after: [{ kind: "link", text: t("cancellationConfirmed.again"), url: eventUrl(input.event, input.locale) }],
  });
}
