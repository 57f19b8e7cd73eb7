import { formatDateTime, formatDay } from "@/lib/dates/format";
import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { renderMail, type MailInput } from "./layout";

const m = mail.reminder;

/** A reminder shortly before the first session. */
export function reminderMail(input: MailInput): MailContent {
  const first = input.event.sessions[0]?.startsAt ?? input.event.event.startsAt;
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title, date: formatDay(first) }),
    heading: m.heading,
    before: [{ kind: "paragraph", text: fillMessage(m.intro, { start: formatDateTime(first) }) }],
    after: [{ kind: "paragraph", text: m.next }],
  });
}
