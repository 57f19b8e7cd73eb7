import { formatDay, formatTimeRange } from "@/lib/dates/format";
import { fillMessage } from "@/lib/i18n/fill-message";
import texts from "@/messages/de/intern-attendance.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = texts.mail;

/** A reminder to a member of a supervision group before one of its sessions (each session gets one). */
export function sessionReminderMail(input: MailInput & { session: { startsAt: Date; endsAt: Date }; number: number }): MailContent {
  const { session, number, ...rest } = input;
  const total = input.event.sessions.length;
  return renderMail({
    ...rest,
    subject: fillMessage(m.subject, { title: input.event.event.title, number, date: formatDay(session.startsAt) }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: fillMessage(m.intro, { number, total, when: formatTimeRange(session.startsAt, session.endsAt) }) }],
    after: [{ kind: "paragraph", text: m.next }],
  });
}
