import "server-only";
import { cache } from "react";
import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { eventLanguages, events, eventSessions, eventTopics, formats, organisations, registrations, seatHoldingStatuses, topics, venues } from "@/db/schema";
import { cachedPublicRead } from "@/lib/cache/public-data-cache";
import { publiclyVisible, publicStatuses } from "./visibility";

/** Seats taken of one event. */
async function seatsTaken(eventId: number): Promise<number> {
  const [row] = await db
    .select({ taken: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHoldingStatuses])));
  return row?.taken ?? 0;
}

/**
 * All facts of one public event, or null when it does not exist or is not public. Cached per
 * request, so page and metadata share one read.
 */
export const getPublicEvent = cache((slug: string) => cachedPublicRead(`event:slug:${slug}`, async () => withSeatsTaken(await publicEventContent(slug))));

/**
 * The same facts of any event by id, whatever its status: for the holder of a manage link (who still
 * sees their registration after the event left the public calendar), for mails and for the data
 * layer of /intern (which checks access before it calls this). Never for a public page.
 */
export const getEventFactsById = cache((eventId: number) => cachedPublicRead(`event:id:${eventId}`, async () => withSeatsTaken(await eventContentById(eventId))));

/**
 * The facts of a public event without the seat count, kept per content version only: what a
 * registration needs (its own write decides on the seats) and what its mails show. A registration
 * rush raises the seat version with every registration, so this stays a cache hit throughout.
 */
export const getPublicEventContent = cache((slug: string) => publicEventContent(slug));

// The facts without the seat count are kept per content version only, so a registration rush
// (every registration raises the seat version) re-reads one count instead of all the facts. The
// objects inside (event, sessions, venue, …) stay the same until the content changes, which the
// mail layout's cache of rendered event parts relies on (lib/mail/templates/event-parts-cache.ts).
function publicEventContent(slug: string) {
  return cachedPublicRead(`event-content:slug:${slug}`, () => loadEventContent(and(eq(events.slug, slug), publiclyVisible())!), { seats: false });
}

function eventContentById(eventId: number) {
  return cachedPublicRead(`event-content:id:${eventId}`, () => loadEventContent(eq(events.id, eventId)), { seats: false });
}

async function withSeatsTaken<T extends { event: { id: number } }>(content: T | null) {
  if (!content) return null;
  return { ...content, seatsTaken: await seatsTaken(content.event.id) };
}

async function loadEventContent(where: SQL) {
  const [row] = await db
    .select({
      event: events,
      format: { name: formats.name, slug: formats.slug, isSupervision: formats.isSupervision },
      organisation: {
        name: organisations.name,
        slug: organisations.slug,
        email: organisations.email,
        phone: organisations.phone,
        website: organisations.website,
      },
      organisationActive: organisations.active,
      venue: venues,
    })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const id = row.event.id;
  const [sessions, topicRows, languageRows] = await Promise.all([
    db.select().from(eventSessions).where(eq(eventSessions.eventId, id)).orderBy(asc(eventSessions.startsAt)),
    db
      .select({ name: topics.name, slug: topics.slug })
      .from(eventTopics)
      .innerJoin(topics, eq(topics.id, eventTopics.topicId))
      .where(eq(eventTopics.eventId, id))
      .orderBy(asc(topics.sortOrder)),
    db.select({ language: eventLanguages.language }).from(eventLanguages).where(eq(eventLanguages.eventId, id)),
  ]);
  // Internal fields (review comments, a change waiting for review) never leave the data layer.
  const { reviewComment: _reviewComment, submittedAt: _submittedAt, pendingRevision: _pendingRevision, ...event } = row.event;
  void [_reviewComment, _pendingRevision];
  void _submittedAt;
  const { organisationActive, ...facts } = row;
  return {
    ...facts,
    /** Whether the event is on the public calendar (its page and .ics exist). */
    listed: organisationActive && (publicStatuses as readonly string[]).includes(event.status),
    event,
    sessions,
    topics: topicRows,
    languages: languageRows.map((l) => l.language),
  };
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;
/** An event's facts without the seat count (getPublicEventContent); every PublicEvent is one. */
export type PublicEventContent = NonNullable<Awaited<ReturnType<typeof getPublicEventContent>>>;
