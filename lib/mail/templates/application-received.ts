import { defaultLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import type { MailContent } from "../outbox";
import { eventTitle, renderMail, type MailInput } from "./layout";

/**
 * The mails an applicant of a supervision group gets from the public side: the application
 * arrived, the same address applied again (the link once more), the application was withdrawn.
 * No .ics: only accepted members get the dates for their calendar. Texts: supervision.mail.
 */
type Kind = "received" | "again" | "withdrawn";
type SupervisionTexts = ReturnType<typeof translator<"supervision">>;

/** A mail of the standard layout: the intro and `before` paragraphs above the group's facts, `after` below them. */
function applicantMail(input: MailInput, kind: Kind, more: (t: SupervisionTexts) => { before?: string[]; after?: string[] } = () => ({})): MailContent {
  const t = translator(input.locale ?? defaultLocale, "supervision");
  const { before = [], after = [] } = more(t);
  const paragraph = (text: string) => ({ kind: "paragraph" as const, text });
  return renderMail({
    ...input,
    subject: t(`mail.${kind}.subject`, { title: eventTitle(input.event.event, input.locale) }),
    heading: t(`mail.${kind}.heading`),
    before: [t(`mail.${kind}.intro`), ...before].map(paragraph),
    after: after.map(paragraph),
  });
}

export const applicationReceivedMail = (input: MailInput) =>
  applicantMail(input, "received", (t) => ({ before: [t("mail.received.next")], after: [t("mail.received.confidential")] }));

export const applicationAgainMail = (input: MailInput) => applicantMail(input, "again", (t) => ({ before: [t("mail.again.link")] }));

export const applicationWithdrawnMail = (input: MailInput) => applicantMail(input, "withdrawn");
