import "server-only";
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { eventTopics, events, formats } from "@/db/schema";
import { isCoordinator } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { idField } from "@/lib/forms/zod-fields";
import { parsePeriod } from "./period";
import type { StatisticsFilter } from "./types";

const optionalId = (v: unknown) => (typeof v === "string" && /^\d{1,9}$/.test(v.trim()) ? idField("id").parse(v.trim()) : undefined);

/**
 * The filter of the statistics from GET parameters (period: ./period.ts; `traeger`, `format`,
 * `thema` as ids). A partner's organisation is always its own, whatever it asks for: the scope is
 * decided here, in the data layer, for the page, the downloads and any later API alike.
 */
export function statisticsFilterFor(actor: Actor, query: Record<string, unknown>, now = new Date()): { filter: StatisticsFilter; errors: Record<string, string> } {
  const period = parsePeriod(query, now);
  const organisationId = isCoordinator(actor) ? optionalId(query.traeger) : actor.organisationId;
  return {
    filter: { period: period.period, organisationId, formatId: optionalId(query.format), topicId: optionalId(query.thema) },
    errors: period.ok ? {} : period.errors,
  };
}

/** The GET parameters of a filter again (for links, the form and the downloads). */
export function filterParams(filter: StatisticsFilter, actor: Actor): URLSearchParams {
  const params = new URLSearchParams(filter.period.params);
  if (filter.organisationId && isCoordinator(actor)) params.set("traeger", String(filter.organisationId));
  if (filter.formatId) params.set("format", String(filter.formatId));
  if (filter.topicId) params.set("thema", String(filter.topicId));
  return params;
}

/**
 * Which events a filter covers, as a WHERE condition on `events`: first session in the period, the
 * organisation, format and topic asked for. `supervision` picks supervision groups or the others.
 * The actor's scope is applied again here, so that no caller can widen it.
 */
export function eventScope(actor: Actor, filter: StatisticsFilter, supervision: boolean): SQL {
  const organisationId = isCoordinator(actor) ? filter.organisationId : actor.organisationId;
  const conditions: (SQL | undefined)[] = [
    sql`${events.startsAt} >= ${filter.period.from.getTime()}`,
    sql`${events.startsAt} < ${filter.period.to.getTime()}`,
    inArray(events.status, ["published", "cancelled"]),
    organisationId ? eq(events.organisationId, organisationId) : undefined,
    filter.formatId ? eq(events.formatId, filter.formatId) : undefined,
    filter.topicId ? exists(sql`select 1 from ${eventTopics} where ${eventTopics.eventId} = ${events.id} and ${eventTopics.topicId} = ${filter.topicId}`) : undefined,
    sql`${events.formatId} in (select ${formats.id} from ${formats} where ${formats.isSupervision} = ${supervision ? 1 : 0})`,
  ];
  return and(...conditions)!;
}
