import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/**
 * The event is full: the person is on the waiting list, at `position` (1-based). A registration
 * renders it before its place is known and passes a placeholder the database replaces
 * (lib/registrations/register-batch.ts).
 */
export function waitlistedMail(input: MailInput & { position: number | string }): MailContent {
  const t = mailTexts(input.locale);
  return renderMail({
    ...input,
    subject: t("waitlisted.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("waitlisted.heading"),
    before: [
      // A placeholder stays as it is: ICU would format a number, and the database replaces the text.
      { kind: "paragraph", text: t("waitlisted.intro", { position: String(input.position) }) },
      { kind: "paragraph", text: t("waitlisted.next") },
    ],
  });
}
