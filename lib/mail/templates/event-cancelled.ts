import { absoluteUrl } from "@/lib/config/env";
import { fillMessage } from "@/lib/i18n/fill-message";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { calendarAttachment, calendarNote, renderMail, type Block, type MailInput } from "./layout";

const m = mail.eventCancelled;

/**
 * The organiser cancelled the event. `reason` defaults to the event's cancellation reason. The
 * attached .ics carries STATUS:CANCELLED and a higher SEQUENCE, so calendars mark the dates as cancelled.
 */
export function eventCancelledMail(input: MailInput & { reason?: string }): MailContent {
  const { event } = input;
  // The caller may build the mail before or after storing the cancellation: the .ics is cancelled either way.
  const ics = calendarAttachment(event, {
    status: "cancelled",
    sequence: event.event.status === "cancelled" ? event.event.sequence : event.event.sequence + 1,
  });
  const reason = input.reason?.trim() || event.event.cancellationReason?.trim();
  const before: Block[] = [{ kind: "paragraph", text: m.intro }];
  if (reason) before.push({ kind: "paragraph", text: fillMessage(m.reason, { reason }) });
  before.push({ kind: "paragraph", text: m.nothingToDo }, calendarNote(m.calendar, ics));
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: event.event.title }),
    heading: m.heading,
    before,
    after: [{ kind: "link", text: m.more, url: absoluteUrl("/veranstaltungen") }],
    attachments: [ics],
  });
}
