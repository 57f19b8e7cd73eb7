import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/**
 * Someone registered again with an address that is registered already: no second seat, but the
 * manage link once more (only the owner of the address receives it).
 */
export function duplicateRegistrationMail(input: MailInput & { status?: "confirmed" | "waitlisted" }): MailContent {
  const t = mailTexts(input.locale);
  const intro =
    input.status === "confirmed" ? t("duplicateRegistration.introConfirmed") : input.status === "waitlisted" ? t("duplicateRegistration.introWaitlisted") : t("duplicateRegistration.introActive");
  return renderMail({
    ...input,
    subject: t("duplicateRegistration.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("duplicateRegistration.heading"),
    before: [
      { kind: "paragraph", text: intro },
      { kind: "paragraph", text: t("duplicateRegistration.link") },
    ],
  });
}
