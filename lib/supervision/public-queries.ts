import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { events, formats, organisations } from "@/db/schema";
import { getEventFactsById, getPublicEvent, type PublicEvent } from "@/lib/events/public-queries";
import { publiclyVisible } from "@/lib/events/visibility";
import { ttlCache } from "@/lib/util/ttl-cache";

/**
 * Reads of the public side of supervision groups. Only public facts leave here: a group's facts
 * and the number of members, never who they are.
 */

/** Upper bound of the list; a city runs a handful of groups at a time. */
const MAX_GROUPS = 100;

/** Published supervision groups that are not over yet, by their first session. */
export async function listPublicSupervisionGroups(now = new Date()): Promise<PublicEvent[]> {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    .where(and(publiclyVisible(), eq(events.status, "published"), eq(formats.isSupervision, true), gt(events.endsAt, now)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(MAX_GROUPS);
  const groups = await Promise.all(rows.map((r) => getEventFactsById(r.id)));
  return groups.filter((g): g is PublicEvent => g !== null);
}

/** One public supervision group by slug, or null (also for a normal event or a hidden group). */
export async function getPublicSupervisionGroup(slug: string): Promise<PublicEvent | null> {
  const group = await getPublicEvent(slug);
  return group && group.format.isSupervision ? group : null;
}

const formatCache = ttlCache<Set<string>>(60_000, 1);

/** Slugs of the supervision formats (cached a minute): the calendar links their events here. */
export function supervisionFormatSlugs(now = Date.now()): Promise<Set<string>> {
  return formatCache(
    "all",
    async () => new Set((await db.select({ slug: formats.slug }).from(formats).where(eq(formats.isSupervision, true))).map((f) => f.slug)),
    now,
  );
}
