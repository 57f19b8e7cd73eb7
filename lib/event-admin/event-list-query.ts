import "server-only";
import { and, asc, count, desc, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { events, formats, organisations } from "@/db/schema";
import { AccessDenied, isCoordinator, ownOrganisation } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { endOfLocalDay, startOfLocalDay } from "@/lib/dates/berlin";
import { eventForActor } from "./event-access";
import type { EventListFilter } from "./event-list-filter";

export const EVENT_LIST_PAGE_SIZE = 25;

const taken = sql<number>`(select count(*) from registrations r where r.event_id = ${events.id} and r.status in ('confirmed', 'attended', 'no_show'))`;
const waiting = sql<number>`(select count(*) from registrations r where r.event_id = ${events.id} and r.status = 'waitlisted')`;
const sessionCount = sql<number>`(select count(*) from event_sessions s where s.event_id = ${events.id})`;

function conditions(actor: Actor, filter: EventListFilter, now: Date): SQL[] {
  const where: (SQL | undefined)[] = [ownOrganisation(actor, events.organisationId)];
  if (filter.status) where.push(eq(events.status, filter.status));
  if (filter.format) where.push(eq(events.formatId, filter.format));
  if (filter.organisation) where.push(eq(events.organisationId, filter.organisation));
  if (filter.zeit !== "alle" && !filter.von && !filter.bis) where.push(filter.zeit === "vergangen" ? lt(events.endsAt, now) : gte(events.endsAt, now));
  if (filter.von) where.push(gte(events.endsAt, startOfLocalDay(filter.von)));
  if (filter.bis) where.push(lt(events.startsAt, endOfLocalDay(filter.bis)));
  if (filter.q) where.push(like(events.title, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return where.filter((c): c is SQL => c !== undefined);
}

/**
 * One page of the events an actor manages: the own organisation's (the office: every
 * organisation's), with seats taken and people waiting. Upcoming first by date; past newest first.
 */
export async function listManagedEvents(actor: Actor, filter: EventListFilter, now = new Date(), pageSize = EVENT_LIST_PAGE_SIZE) {
  const where = and(...conditions(actor, filter, now));
  const page = filter.seite ?? 1;
  const order = filter.zeit === "vergangen" ? [desc(events.startsAt), desc(events.id)] : [asc(events.startsAt), asc(events.id)];
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: events.id,
        title: events.title,
        status: events.status,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        capacity: events.capacity,
        organisationName: organisations.name,
        formatName: formats.name,
        seatsTaken: taken,
        waiting,
        sessionCount,
      })
      .from(events)
      .innerJoin(organisations, eq(organisations.id, events.organisationId))
      .innerJoin(formats, eq(formats.id, events.formatId))
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(events).where(where),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export type ManagedEventRow = Awaited<ReturnType<typeof listManagedEvents>>["rows"][number];

/** The choices of the list's filter form for this actor. */
export async function eventListFilterOptions(actor: Actor) {
  const [formatRows, organisationRows] = await Promise.all([
    db.select({ id: formats.id, name: formats.name }).from(formats).orderBy(asc(formats.sortOrder)),
    isCoordinator(actor) ? db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)) : Promise.resolve([]),
  ]);
  return { formats: formatRows, organisations: organisationRows };
}

/** The title of an event the actor manages, for the "saved" notice; null for anything else. */
export async function managedEventTitle(actor: Actor, eventId: number): Promise<string | null> {
  try {
    return (await eventForActor(actor, eventId)).title;
  } catch (error) {
    if (error instanceof AccessDenied) return null;
    throw error;
  }
}
