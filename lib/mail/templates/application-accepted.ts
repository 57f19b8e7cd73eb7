import type { MailContent } from "../outbox";
import { calendarAttachment, eventTitle, mailTexts, renderMail, sessionLines, type MailInput } from "./layout";

/**
 * The organiser accepted an application: the person is a member of the supervision group. Every
 * session date is listed, and one .ics holds every session (one VEVENT each).
 */
export function applicationAcceptedMail(input: MailInput): MailContent {
  const t = mailTexts(input.locale);
  const ics = calendarAttachment(input.event, {}, input.locale);
  const dates = sessionLines(input.event, input.locale).map((when, i) => t("applicationAccepted.dateLine", { n: i + 1, when }));
  return renderMail({
    ...input,
    subject: t("applicationAccepted.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("applicationAccepted.heading"),
    before: [
      { kind: "paragraph", text: t("applicationAccepted.intro") },
      { kind: "list", heading: t("applicationAccepted.datesHeading"), items: dates },
      { kind: "paragraph", text: t("common.calendarAttached", { filename: ics.filename }) },
    ],
    after: [{ kind: "paragraph", text: t("applicationAccepted.next") }],
    attachments: [ics],
  });
}
