import type { PublicEventContent } from "@/lib/events/public-queries";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import type { MailContent } from "../outbox";
import { calendarAttachment, eventTitle, mailTexts, placeLines, renderMail, sessionLines, type Block, type MailInput } from "./layout";

/** What participants need to know about a change, in plain sentences, in the mail's language. */
export function describeEventChanges(previous: PublicEventContent, event: PublicEventContent, locale: Locale = defaultLocale): string[] {
  const t = mailTexts(locale);
  const changes: string[] = [];
  const [titleBefore, titleAfter] = [eventTitle(previous.event, locale), eventTitle(event.event, locale)];
  if (titleBefore !== titleAfter) changes.push(t("eventChanged.changedTitle", { value: titleAfter, previous: titleBefore }));
  const [before, after] = [sessionLines(previous, locale).join("; "), sessionLines(event, locale).join("; ")];
  if (before !== after) changes.push(t("eventChanged.changedSessions", { value: after, previous: before }));
  const [placeBefore, placeAfter] = [placeLines(previous, locale).join(", "), placeLines(event, locale).join(", ")];
  if (placeBefore !== placeAfter) changes.push(t("eventChanged.changedPlace", { value: placeAfter, previous: placeBefore }));
  const onlineUrl = event.event.attendanceMode === "in_person" ? null : event.event.onlineUrl;
  if (onlineUrl && onlineUrl !== previous.event.onlineUrl) changes.push(t("eventChanged.changedOnlineLink", { value: onlineUrl }));
  return changes;
}

/**
 * The organiser changed the event. `previous` is the event as participants knew it, `event` as it is
 * now (with its raised SEQUENCE); the attached .ics replaces the earlier one in calendars.
 * `note` is an optional word from the organiser.
 */
export function eventChangedMail(input: MailInput & { previous: PublicEventContent; note?: string }): MailContent {
  const t = mailTexts(input.locale);
  const changes = describeEventChanges(input.previous, input.event, input.locale);
  // Calendars only take the update when SEQUENCE grew; make sure it did.
  const ics = calendarAttachment(input.event, { sequence: Math.max(input.event.event.sequence, input.previous.event.sequence + 1) }, input.locale);
  const before: Block[] = [
    { kind: "paragraph", text: t("eventChanged.intro") },
    changes.length ? { kind: "list", heading: t("eventChanged.changesHeading"), items: changes } : { kind: "paragraph", text: t("eventChanged.changedOther") },
  ];
  if (input.note?.trim()) before.push({ kind: "message", heading: t("eventChanged.note"), text: input.note });
  before.push({ kind: "paragraph", text: t("eventChanged.calendar", { filename: ics.filename }) });
  return renderMail({
    ...input,
    subject: t("eventChanged.subject", { title: eventTitle(input.event.event, input.locale) }),
    heading: t("eventChanged.heading"),
    before,
    after: [{ kind: "paragraph", text: t("eventChanged.next") }],
    attachments: [ics],
  });
}
