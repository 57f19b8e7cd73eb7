import { formatDateTime, formatDay } from "@/lib/dates/format";
import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/** A reminder shortly before the first session. */
export function reminderMail(input: MailInput): MailContent {
  const t = mailTexts(input.locale);
  const first = input.event.sessions[0]?.startsAt ?? input.event.event.startsAt;
  return renderMail({
    ...input,
    subject: t("reminder.subject", { title: eventTitle(input.event.event, input.locale), date: formatDay(first, input.locale) }),
    heading: t("reminder.heading"),
    before: [{ kind: "paragraph", text: t("reminder.intro", { start: formatDateTime(first, input.locale) }) }],
    after: [{ kind: "paragraph", text: t("reminder.next") }],
  });
}
