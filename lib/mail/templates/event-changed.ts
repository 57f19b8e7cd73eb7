import { fillMessage } from "@/lib/i18n/fill-message";
import type { PublicEvent } from "@/lib/events/public-queries";
import mail from "@/messages/de/mail.json";
import type { MailContent } from "../outbox";
import { calendarAttachment, calendarNote, placeLines, renderMail, sessionLines, type Block, type MailInput } from "./layout";

const m = mail.eventChanged;

/** What participants need to know about a change, in plain sentences. */
export function describeEventChanges(previous: PublicEvent, event: PublicEvent): string[] {
  const changes: string[] = [];
  if (previous.event.title !== event.event.title) {
    changes.push(fillMessage(m.changedTitle, { value: event.event.title, previous: previous.event.title }));
  }
  const [before, after] = [sessionLines(previous).join("; "), sessionLines(event).join("; ")];
  if (before !== after) changes.push(fillMessage(m.changedSessions, { value: after, previous: before }));
  const [placeBefore, placeAfter] = [placeLines(previous).join(", "), placeLines(event).join(", ")];
  if (placeBefore !== placeAfter) changes.push(fillMessage(m.changedPlace, { value: placeAfter, previous: placeBefore }));
  const onlineUrl = event.event.attendanceMode === "in_person" ? null : event.event.onlineUrl;
  if (onlineUrl && onlineUrl !== previous.event.onlineUrl) changes.push(fillMessage(m.changedOnlineLink, { value: onlineUrl }));
  return changes;
}

/**
 * The organiser changed the event. `previous` is the event as participants knew it, `event` as it is
 * now (with its raised SEQUENCE); the attached .ics replaces the earlier one in calendars.
 * `note` is an optional word from the organiser.
 */
export function eventChangedMail(input: MailInput & { previous: PublicEvent; note?: string }): MailContent {
  const changes = describeEventChanges(input.previous, input.event);
  // Calendars only take the update when SEQUENCE grew; make sure it did.
  const ics = calendarAttachment(input.event, { sequence: Math.max(input.event.event.sequence, input.previous.event.sequence + 1) });
  const before: Block[] = [
    { kind: "paragraph", text: m.intro },
    changes.length ? { kind: "list", heading: m.changesHeading, items: changes } : { kind: "paragraph", text: m.changedOther },
  ];
  if (input.note?.trim()) before.push({ kind: "message", heading: m.note, text: input.note });
  before.push(calendarNote(m.calendar, ics));
  return renderMail({
    ...input,
    subject: fillMessage(m.subject, { title: input.event.event.title }),
    heading: m.heading,
    before,
    after: [{ kind: "paragraph", text: m.next }],
    attachments: [ics],
  });
}
