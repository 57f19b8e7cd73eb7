import type { Event, EventSession } from "@/db/schema";
import type { PublicEvent } from "@/lib/events/public-queries";

/**
 * The facts of an event as participants see them in a mail and .ics, with the event row (and
 * optionally sessions and venue) replaced by the given state. Mails are written inside the
 * transaction that changes the event, where the committed facts (getEventFactsById, read outside
 * it) still show the old state: the row the transaction wrote is laid over them.
 */
export function eventFactsAs(
  base: PublicEvent,
  row: Event,
  overrides: { sessions?: (Pick<EventSession, "startsAt" | "endsAt"> & Partial<EventSession>)[]; venue?: PublicEvent["venue"] } = {},
): PublicEvent {
  // Internal fields never reach a mail.
  const { reviewComment: _comment, submittedAt: _submitted, ...event } = row;
  void [_comment, _submitted];
  const sessions = overrides.sessions?.map((s, i) => ({ id: s.id ?? -(i + 1), eventId: row.id, note: s.note ?? null, startsAt: s.startsAt, endsAt: s.endsAt }));
  return {
    ...base,
    event,
    sessions: sessions ?? base.sessions,
    venue: overrides.venue !== undefined ? overrides.venue : base.venue,
  };
}
