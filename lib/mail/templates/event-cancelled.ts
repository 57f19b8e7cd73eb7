import { absoluteUrl } from "@/lib/config/env";
import { localePath } from "@/lib/i18n/locale-routing";
import type { MailContent } from "../outbox";
import { calendarAttachment, eventTitle, mailTexts, renderMail, type Block, type MailInput } from "./layout";

/**
 * The organiser cancelled the event. `reason` defaults to the event's cancellation reason. The
 * attached .ics carries STATUS:CANCELLED and a higher SEQUENCE, so calendars mark the dates as cancelled.
 */
export function eventCancelledMail(input: MailInput & { reason?: string }): MailContent {
  const { event, locale } = input;
  const t = mailTexts(locale);
  // The caller may build the mail before or after storing the cancellation: the .ics is cancelled either way.
  const ics = calendarAttachment(
    event,
    { status: "cancelled", sequence: event.event.status === "cancelled" ? event.event.sequence : event.event.sequence + 1 },
    locale,
  );
  const reason = input.reason?.trim() || event.event.cancellationReason?.trim();
  const before: Block[] = [{ kind: "paragraph", text: t("eventCancelled.intro") }];
  if (reason) before.push({ kind: "paragraph", text: t("eventCancelled.reason", { reason }) });
  before.push({ kind: "paragraph", text: t("eventCancelled.nothingToDo") }, { kind: "paragraph", text: t("eventCancelled.calendar", { filename: ics.filename }) });
  return renderMail({
    ...input,
    subject: t("eventCancelled.subject", { title: eventTitle(event.event, locale) }),
    heading: t("eventCancelled.heading"),
    before,
    after: [{ kind: "link", text: t("eventCancelled.more"), url: absoluteUrl(localePath(locale ?? "de", "/veranstaltungen")) }],
    attachments: [ics],
  });
}
