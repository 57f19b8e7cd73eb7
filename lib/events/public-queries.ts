import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import { db } from "@/db/client";
import {
  eventLanguages,
  events,
  eventSessions,
  eventTopics,
  formats,
  organisations,
  publicEventIndexes,
  registrations,
  seatHoldingStatuses,
  type EventSession,
  topics,
  venues,
} from "@/db/schema";
import { endOfLocalDay, localMonthRange, startOfLocalDay } from "@/lib/dates/berlin";
import { toFtsQuery, type CalendarFilter } from "./filters";
import { publiclyVisible } from "./visibility";
import { eventColumnsAsExpressions, eventsThrough, type PublicEventIndex } from "./indexed-events";
import { cachedPublicRead } from "@/lib/cache/public-data-cache";

export const PAGE_SIZE = 20;

const seatsTakenSql = sql<number>`(select count(*) from ${registrations} r where r.event_id = ${events.id} and r.status in (${sql.raw(seatHoldingStatuses.map((s) => `'${s}'`).join(", "))}))`;

/** The conditions of a calendar filter, on top of what the public may see. */
function filterConditions(filter: CalendarFilter, now: Date, options: { ignoreTime?: boolean } = {}): SQL[] {
  const conditions: SQL[] = [publiclyVisible()];
  if (!options.ignoreTime) {
    conditions.push(filter.zeit === "vergangen" ? lt(events.endsAt, now) : gte(events.endsAt, now));
  }
  if (filter.von) conditions.push(gte(events.endsAt, startOfLocalDay(filter.von)));
  if (filter.bis) conditions.push(lt(events.startsAt, endOfLocalDay(filter.bis)));
  if (filter.format) conditions.push(eq(formats.slug, filter.format));
  if (filter.traeger) conditions.push(eq(organisations.slug, filter.traeger));
  if (filter.thema) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(eventTopics)
          .innerJoin(topics, eq(topics.id, eventTopics.topicId))
          .where(and(eq(eventTopics.eventId, events.id), eq(topics.slug, filter.thema))),
      ),
    );
  }
  if (filter.sprache) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(eventLanguages)
          .where(and(eq(eventLanguages.eventId, events.id), eq(eventLanguages.language, filter.sprache))),
      ),
    );
  }
  if (filter.online) conditions.push(inArray(events.attendanceMode, ["online", "hybrid"]));
  if (filter.barrierefrei) {
    // Reachable without steps: a step-free venue, or an event one can join online.
    conditions.push(or(eq(venues.stepFree, true), inArray(events.attendanceMode, ["online", "hybrid"]))!);
  }
  if (filter.frei) {
    conditions.push(eq(events.status, "published"), sql`${events.capacity} > ${seatsTakenSql}`);
  }
  if (filter.q) {
    const match = toFtsQuery(filter.q);
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      match
        ? sql`${events.id} in (select rowid from events_fts where events_fts match ${match})`
        : // Words shorter than a trigram: a plain substring match on the title.
          sql`${events.title} like ${like} escape '\\'`,
    );
  }
  return conditions;
}

/** The columns of `events` that every calendar view shows: the list, the month and the feed. */
const eventCalendarColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  // Optional English title and summary, written by the organiser: English pages show them where present.
  titleEn: events.titleEn,
  summaryEn: events.summaryEn,
  status: events.status,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  attendanceMode: events.attendanceMode,
};

/** The columns of `events` that the list shows. */
const eventListColumns = {
  ...eventCalendarColumns,
  capacity: events.capacity,
  registrationOpensAt: events.registrationOpensAt,
  registrationClosesAt: events.registrationClosesAt,
  registrationClosed: events.registrationClosed,
  openAfterStart: events.openAfterStart,
};

/** The columns of joined tables that the list shows. */
const joinedListColumns = {
  formatName: formats.name,
  formatSlug: formats.slug,
  organisationName: organisations.name,
  organisationSlug: organisations.slug,
  venueName: venues.name,
  venueCity: venues.city,
  venueStepFree: venues.stepFree,
};

/**
 * The narrowest query that can apply a filter, through one of the public indexes: events and
 * organisations (deactivated ones hide), plus formats or venues only when the filter needs them.
 */
function narrowQuery(filter: CalendarFilter, index: PublicEventIndex, columns: SelectedFields) {
  let query = db.select(columns as never).from(eventsThrough(index)).innerJoin(organisations, eq(organisations.id, events.organisationId)).$dynamic();
  if (filter.format) query = query.innerJoin(formats, eq(formats.id, events.formatId));
  if (filter.barrierefrei) query = query.leftJoin(venues, eq(venues.id, events.venueId));
  // Callers type the rows they selected: drizzle cannot infer them through the generic columns.
  return query;
}

/** Seats taken and sessions of each listed event, read with its row (a page has 20). */
const pageColumns = {
  ...eventColumnsAsExpressions(eventListColumns),
  ...joinedListColumns,
  seatsTaken: seatsTakenSql.mapWith(Number),
  sessionCount: sql<number>`(select count(*) from ${eventSessions} s where s.event_id = ${events.id})`.mapWith(Number),
};

/** Up to 1,000 ids as one JSON parameter for `in`: binding 1,000 parameters costs more than the search. */
const jsonIds = (ids: number[]) => sql`(select value from json_each(${JSON.stringify(ids)}))`;

/** An event without sessions still counts as one date ("ab …"). */
const withOneDateAtLeast = <T extends { sessionCount: number }>(row: T): T => ({ ...row, sessionCount: row.sessionCount || 1 });

/**
 * What "now" a cached list is computed for: lists are cached per half minute (and per version of
 * the public data), so an event that just ended may stay in "upcoming" for up to 30 seconds.
 */
const LIST_TIME_STEP_MS = 30_000;

const listKey = (kind: string, filter: CalendarFilter, ...rest: unknown[]) => JSON.stringify([kind, filter, ...rest]);

/** One page of the calendar list: upcoming events by start, or past events newest first. */
export function listPublicEvents(filter: CalendarFilter, now = new Date(), pageSize = PAGE_SIZE) {
  const step = Math.floor(now.getTime() / LIST_TIME_STEP_MS);
  return cachedPublicRead(listKey("list", filter, pageSize, step), () => readPublicEvents(filter, now, pageSize));
}

async function readPublicEvents(filter: CalendarFilter, now: Date, pageSize: number) {
  const where = and(...filterConditions(filter, now));
  const page = filter.seite ?? 1;
  const order = filter.zeit === "vergangen" ? [desc(events.startsAt), desc(events.id)] : [asc(events.startsAt), asc(events.id)];
  const offset = (page - 1) * pageSize;
  const countAll = async () => {
    const [row] = (await narrowQuery(filter, publicEventIndexes.byOrganisation, { total: count() }).where(where)) as { total: number }[];
    return row.total;
  };
  let rows: PageRow[];
  let total: number;
  if (filter.q && toFtsQuery(filter.q)) {
    // A full-text search finds its matches in events_fts and looks them up by id: one statement
    // gives the page's ids and the number of all matches (the search runs once, not twice).
    const hits = (await narrowQuery(filter, publicEventIndexes.byId, { id: sql`${events.id}`, total: sql`count(*) over ()` })
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset(offset)) as { id: number; total: number }[];
    // Past the last page there is no row to carry the number: count apart.
    total = hits.length > 0 ? hits[0].total : offset > 0 ? await countAll() : 0;
    rows = hits.length > 0 ? await rowsInOrder(hits.map((h) => h.id)) : [];
  } else {
    // Otherwise the page reads events in calendar order and stops after its rows; the count runs
    // per active organisation on an index of its own.
    [rows, total] = await Promise.all([
      pageQuery(eventsThrough(publicEventIndexes.byStart))
        .where(where)
        .orderBy(...order)
        .limit(pageSize)
        .offset(offset),
      countAll(),
    ]);
  }
  return { entries: rows.map(withOneDateAtLeast), total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** The list's rows: events (or events through an index) with what the list shows of them. */
function pageQuery(from: typeof events = events) {
  return db
    .select(pageColumns)
    .from(from)
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    .leftJoin(venues, eq(venues.id, events.venueId));
}

type PageRow = Awaited<ReturnType<typeof pageQuery>>[number];

/** The list rows of the given events, in the given order. */
async function rowsInOrder(ids: number[]): Promise<PageRow[]> {
  const byId = new Map((await pageQuery().where(inArray(events.id, ids))).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

export type CalendarEntry = Awaited<ReturnType<typeof listPublicEvents>>["entries"][number];

/** Events with a session in the given local month, with the sessions that fall into it. */
export function listPublicEventsForMonth(filter: CalendarFilter, month: string) {
  return cachedPublicRead(listKey("month", filter, month), () => readPublicEventsForMonth(filter, month));
}

async function readPublicEventsForMonth(filter: CalendarFilter, month: string) {
  const { start, end } = localMonthRange(month);
  const where = and(...filterConditions(filter, new Date(), { ignoreTime: true }), lt(events.startsAt, end), gte(events.endsAt, start));
  // In calendar order through the index: events that ended before the month are skipped on it.
  const rows = await pageQuery(eventsThrough(publicEventIndexes.byStart)).where(where).orderBy(asc(events.startsAt), asc(events.id)).limit(500);
  const entries = rows.map(withOneDateAtLeast);
  const sessions = entries.length
    ? await db
        .select({ eventId: eventSessions.eventId, startsAt: eventSessions.startsAt, endsAt: eventSessions.endsAt })
        .from(eventSessions)
        .where(and(sql`${eventSessions.eventId} in ${jsonIds(entries.map((e) => e.id))}`, lt(eventSessions.startsAt, end), gte(eventSessions.endsAt, start)))
        .orderBy(asc(eventSessions.startsAt))
    : [];
  return { entries, sessions };
}

/** Every published or cancelled event matching the filter, for the iCal feed (bounded). */
export function listPublicEventsForFeed(filter: CalendarFilter, now = new Date(), limit = 1000) {
  const step = Math.floor(now.getTime() / LIST_TIME_STEP_MS);
  return cachedPublicRead(listKey("feed", filter, limit, step), () => readPublicEventsForFeed(filter, now, limit), { seats: false });
}

// Of a full feed, at most this share are past events: the most recent of them.
const FEED_PAST_SHARE = 0.2;

/**
 * The events of the feed, in calendar order: the coming ones first in line, so that a calendar with
 * many events (10,000 in bench:calendar, 1,800 of them in the last 90 days) still shows what comes
 * next; then the most recent past ones up to a fifth of `limit`, so that subscribers see
 * cancellations and keep their history.
 */
async function readPublicEventsForFeed(filter: CalendarFilter, now: Date, limit: number) {
  const since = new Date(now.getTime() - 90 * 24 * 3600 * 1000);
  const base = filterConditions(filter, now, { ignoreTime: true });
  // (An event that has ended has started: the start condition lets the index walk begin at `now`.)
  const ended = and(...base, gte(events.endsAt, since), lt(events.endsAt, now), lt(events.startsAt, now));
  const past = await readFeedRows(ended, "latest first", Math.floor(limit * FEED_PAST_SHARE));
  const coming = await readFeedRows(and(...base, gte(events.endsAt, now)), "earliest first", limit - past.length);
  return [...past.reverse(), ...coming];
}

async function readFeedRows(where: SQL | undefined, order: "earliest first" | "latest first", limit: number) {
  if (limit <= 0) return [];
  // Through the index in calendar order: the query reads the rows it returns and stops, instead of
  // reading and sorting every public event it could return. Only the columns that the iCalendar
  // text (lib/events/ics.ts) and the sitemap use: a feed has 1,000 rows.
  const direction = order === "earliest first" ? asc : desc;
  const rows = await db
    .select({
      ...eventColumnsAsExpressions({ ...eventCalendarColumns, sequence: events.sequence, updatedAt: events.updatedAt }),
      formatSlug: formats.slug,
      venueName: venues.name,
      venueStreet: venues.street,
      venuePostalCode: venues.postalCode,
      venueCity: venues.city,
      sessionsJson: sessionsJsonSql,
    })
    .from(eventsThrough(publicEventIndexes.byStart))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .innerJoin(formats, eq(formats.id, events.formatId))
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(where)
    .orderBy(direction(events.startsAt), direction(events.id))
    .limit(limit);
  return rows.map(({ sessionsJson, ...row }) => ({ ...row, sessions: parseSessions(row.id, sessionsJson) }));
}

/**
 * An event's sessions in order of start, as one JSON text per event: a feed has 1,000 events with
 * more sessions still, and in @libsql/client most of a read's time goes into making row objects.
 */
const sessionsJsonSql = sql<string>`(select json_group_array(json_array(s.id, s.starts_at, s.ends_at, s.note) order by s.starts_at, s.id) from ${eventSessions} s where s.event_id = ${events.id})`;

function parseSessions(eventId: number, json: string): EventSession[] {
  return (JSON.parse(json) as [number, number, number, string | null][]).map(([id, startsAt, endsAt, note]) => ({
    id,
    eventId,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    note,
  }));
}

export type FeedEvent = Awaited<ReturnType<typeof listPublicEventsForFeed>>[number];

// One event's facts live in public-event-facts.ts; callers import them from here as before.
export { getEventFactsById, getPublicEvent, getPublicEventContent, type PublicEvent, type PublicEventContent } from "./public-event-facts";

/** The choices of the filter form (cached until the public data changes). */
export function listFilterOptions() {
  return cachedPublicRead("filter-options", readFilterOptions, { seats: false });
}

/** Formats, topics, organisations, and the languages that occur among public events. */
async function readFilterOptions() {
  const [formatRows, topicRows, organisationRows, languageRows] = await Promise.all([
    db.select({ slug: formats.slug, name: formats.name }).from(formats).where(eq(formats.active, true)).orderBy(asc(formats.sortOrder)),
    db.select({ slug: topics.slug, name: topics.name }).from(topics).where(eq(topics.active, true)).orderBy(asc(topics.sortOrder)),
    db
      .select({ slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.active, true))
      .orderBy(asc(organisations.name)),
    usedLanguages(),
  ]);
  return { formats: formatRows, topics: topicRows, organisations: organisationRows, languages: languageRows.map((l) => l.language) };
}

/**
 * The languages of public events, in order. Walks the distinct languages on their index (a handful,
 * one index step each) and asks for each whether one public event is held in it, instead of reading
 * every public event's languages and removing the duplicates.
 */
async function usedLanguages() {
  const publicEventInLanguage = db
    .select({ one: sql`1` })
    .from(eventLanguages)
    .innerJoin(eventsThrough(publicEventIndexes.byId), eq(events.id, eventLanguages.eventId))
    .innerJoin(organisations, eq(organisations.id, events.organisationId))
    .where(and(sql`${eventLanguages.language} = used.language`, publiclyVisible()));
  return db.all<{ language: string }>(sql`
    with recursive used(language) as (
      select min(language) from ${eventLanguages}
      union all
      select (select min(language) from ${eventLanguages} where language > used.language) from used where used.language is not null
    )
    select language from used where language is not null and ${exists(publicEventInLanguage)} order by language`);
}

/** A trivial query: the floor the calendar's benchmark compares against. */
export async function ping() {
  const [row] = await db.select({ n: count() }).from(formats);
  return row.n;
}
