import { sql, type Column, type GetColumnData, type SQL } from "drizzle-orm";
import { events, publicEventIndexes } from "@/db/schema";

export type PublicEventIndex = (typeof publicEventIndexes)[keyof typeof publicEventIndexes];

/**
 * `events indexed by <index>`: the events table read through one of the public calendar's partial
 * indexes (db/schema/events.ts). Without statistics, SQLite's planner reads every upcoming event
 * through another index and sorts them all for a page of 20; through the index a page reads its
 * rows in calendar order and stops, and a count never reads an event row. The index applies to
 * every query that applies publiclyVisible() (its condition is the index's), so naming it cannot
 * fail there, and only there: use it for public queries only.
 *
 * Typed as the table so that drizzle types the query as one from `events`. At run time drizzle sees
 * an SQL source and refuses to select columns of `events` directly: select them through
 * `eventColumnsAsExpressions`.
 */
export function eventsThrough(index: PublicEventIndex) {
  return sql`${events} indexed by ${sql.identifier(index)}` as unknown as typeof events;
}

type Expressions<T extends Record<string, Column>> = { [K in keyof T]: SQL<GetColumnData<T[K]>> };

/** Columns of `events` as expressions with the columns' own decoding (dates, booleans), for `eventsThrough`. */
export function eventColumnsAsExpressions<T extends Record<string, Column>>(columns: T): Expressions<T> {
  return Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, sql`${column}`.mapWith(column)])) as Expressions<T>;
}
