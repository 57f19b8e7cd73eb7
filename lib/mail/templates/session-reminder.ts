import { formatDay, formatTimeRange } from "@/lib/dates/format";
import type { MailContent } from "../outbox";
import { eventTitle, mailTexts, renderMail, type MailInput } from "./layout";

/** A reminder to a member of a supervision group before one of its sessions (each session gets one). */
export function sessionReminderMail(input: MailInput & { session: { startsAt: Date; endsAt: Date }; number: number }): MailContent {
  const { session, number, ...rest } = input;
  const t = mailTexts(input.locale);
  const total = input.event.sessions.length;
  return renderMail({
    ...rest,
    subject: t("sessionReminder.subject", { title: eventTitle(input.event.event, input.locale), number, date: formatDay(session.startsAt, input.locale) }),
    heading: t("sessionReminder.heading"),
    before: [{ kind: "paragraph", text: t("sessionReminder.intro", { number, total, when: formatTimeRange(session.startsAt, session.endsAt, input.locale) }) }],
    after: [{ kind: "paragraph", text: t("sessionReminder.next") }],
  });
}
