import type { PublicEventContent } from "@/lib/events/public-queries";

/**
 * Parts of a mail that depend only on the event's facts and the language (the facts block as text
 * and HTML), kept so that a registration rush renders them once per event and not twice per
 * registration (both possible mails are rendered before the write, lib/registrations/commands.ts).
 *
 * The facts come from the cache of public reads (lib/events/public-queries.ts), which hands out the
 * same objects (event row, sessions, venue, organisation) until the event's content changes, and
 * new ones after. So an entry is used only while all of those are the very objects it was made
 * from: an edited event (or facts built by hand, as tests do) is rendered afresh.
 */

export type EventFactsSource = Pick<PublicEventContent, "event" | "sessions" | "venue" | "organisation">;

type Entry = { sessions: unknown; venue: unknown; organisation: unknown; parts: Map<string, unknown> };

const entries = new WeakMap<object, Entry>();

export function eventPart<T>(facts: EventFactsSource, key: string, render: () => T): T {
  let entry = entries.get(facts.event);
  if (!entry || entry.sessions !== facts.sessions || entry.venue !== facts.venue || entry.organisation !== facts.organisation) {
    entry = { sessions: facts.sessions, venue: facts.venue, organisation: facts.organisation, parts: new Map() };
    entries.set(facts.event, entry);
  }
  if (entry.parts.has(key)) return entry.parts.get(key) as T;
  const value = render();
  entry.parts.set(key, value);
  return value;
}
