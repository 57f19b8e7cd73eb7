import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events, formats, organisations, topics } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/access";
import { addMonths, localIsoMonth } from "@/lib/dates/berlin";
import { formatMonth } from "@/lib/dates/format";
import { MIN_ANSWERS_SHOWN } from "@/lib/feedback/rules";
import { translator } from "@/lib/i18n/translator";
import { eventFigures, type EventFigures } from "./event-figures";
import { eventScope } from "./filter";
import { peopleFigures, supervisionFigures } from "./people-figures";
import type { BreakdownRow, EventRow, InitiativeRow, Statistics, StatisticsFilter, StatisticsTotals } from "./types";

/**
 * Every figure of the statistics, defined once (the meaning of each is in ./types.ts). The page,
 * the XLSX, the PDF and any API read them from here. SQL aggregates the registrations, marks and
 * answers per event (./event-figures.ts) and per person (./people-figures.ts); what is summed
 * here are the per-event rows. A partner only ever sees its own organisation (./filter.ts).
 */
export async function statisticsFor(actor: Actor, filter: StatisticsFilter, now = new Date()): Promise<Statistics> {
  const scope = eventScope(actor, filter, false);
  const held = and(scope, eq(events.status, "published"), sql`${events.startsAt} <= ${now.getTime()}`)!;
  const supervisionBegun = and(eventScope(actor, filter, true), eq(events.status, "published"), sql`${events.startsAt} <= ${now.getTime()}`)!;

  const [rows, people, supervision] = await Promise.all([eventFigures(scope), peopleFigures(held, filter.period.from), supervisionFigures(supervisionBegun, now)]);
  const berlinMonth = monthsByHour();
  const statusOf = (e: EventFigures): EventRow["status"] => (e.status === "cancelled" ? "cancelled" : e.startsAt <= now.getTime() ? "held" : "planned");
  const heldRows = rows.filter((e) => statusOf(e) === "held");
  const names = await lookupNames(rows);

  const sum = (list: EventFigures[], pick: (e: EventFigures) => number) => list.reduce((total, e) => total + pick(e), 0);
  const closedSeats = sum(heldRows.filter((e) => e.attendanceClosed), (e) => e.seats);
  const closedAbsent = sum(heldRows.filter((e) => e.attendanceClosed), (e) => e.seats - e.attended);
  const seatsOffered = sum(heldRows, (e) => e.capacity);
  const confirmed = sum(heldRows, (e) => e.seats);
  const answers = sum(heldRows, (e) => e.feedbackAnswers);
  const feedback = {
    answers,
    overall: answers > 0 ? sum(heldRows, (e) => e.feedbackOverallSum) / answers : null,
    helpful: answers > 0 ? sum(heldRows, (e) => e.feedbackHelpfulSum) / answers : null,
    recommend: answers > 0 ? sum(heldRows, (e) => e.feedbackRecommendSum) / answers : null,
  };
  const showFeedback = feedback.answers >= MIN_ANSWERS_SHOWN;
  const totals: StatisticsTotals = {
    eventsHeld: heldRows.length,
    eventsPlanned: rows.filter((e) => statusOf(e) === "planned").length,
    eventsCancelled: rows.filter((e) => statusOf(e) === "cancelled").length,
    sessions: sum(heldRows, (e) => e.sessions),
    hoursOffered: hours(sum(heldRows, (e) => e.minutesOffered)),
    seatsOffered,
    registrations: sum(heldRows, (e) => e.registrations),
    confirmed,
    stillWaiting: sum(heldRows, (e) => e.waiting),
    fillRate: rate(confirmed, seatsOffered),
    attended: sum(heldRows, (e) => e.attended),
    noShowRate: rate(closedAbsent, closedSeats),
    participantHours: hours(sum(heldRows, (e) => e.participantMinutes)),
    distinctVolunteers: people.distinctVolunteers,
    firstTimeVolunteers: people.firstTimeVolunteers,
    initiativesReached: people.initiativesReached,
    initiativesListed: people.initiativesListed,
    certificatesIssued: sum(heldRows, (e) => e.certificates),
    // Averages of fewer answers than the feedback pages show would point to people.
    feedback: {
      answers: feedback.answers,
      overallAverage: showFeedback ? round(feedback.overall, 2) : null,
      helpfulAverage: showFeedback ? round(feedback.helpful, 2) : null,
      recommendShare: showFeedback ? round(feedback.recommend, 4) : null,
    },
  };

  return {
    filter,
    organisationName: isCoordinator(actor) ? (filter.organisationId ? (names.organisations.get(filter.organisationId) ?? (await organisationName(filter.organisationId))) : null) : actor.organisationName,
    totals,
    supervision,
    byMonth: fillMonths(breakdown(heldRows, (e) => [berlinMonth(e.startsAt)], (key) => formatMonth(key)), filter),
    byFormat: breakdown(heldRows, (e) => [String(e.formatId)], (key) => names.formats.get(Number(key)) ?? key),
    byTopic: breakdown(heldRows, (e) => e.topicIds.map(String), (key) => names.topics.get(Number(key)) ?? key),
    byOrganisation: breakdown(heldRows, (e) => [String(e.organisationId)], (key) => names.organisations.get(Number(key)) ?? key),
    byInitiative: initiativeRows(people.byInitiative),
    events: rows.map((e) => ({
      id: e.id,
      title: e.title,
      organisation: names.organisations.get(e.organisationId) ?? "",
      format: names.formats.get(e.formatId) ?? "",
      startsAt: new Date(e.startsAt),
      status: statusOf(e),
      sessions: e.sessions,
      hoursOffered: hours(e.minutesOffered),
      capacity: e.capacity,
      confirmed: e.seats,
      stillWaiting: e.waiting,
      attended: e.attended,
      participantHours: hours(e.participantMinutes),
      certificates: e.certificates,
      feedbackAnswers: e.feedbackAnswers,
    })),
  };
}

/**
 * The Berlin month of many instants. Time-zone arithmetic costs microseconds per call (a quarter of
 * the page's time at 10,000 events); Berlin's offset changes only on a full hour, so the month is
 * looked up once per hour of the epoch.
 */
function monthsByHour(): (ms: number) => string {
  const byHour = new Map<number, string>();
  return (ms) => {
    const hour = Math.floor(ms / 3_600_000);
    let month = byHour.get(hour);
    if (month === undefined) byHour.set(hour, (month = localIsoMonth(new Date(ms))));
    return month;
  };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null);
const round = (value: number | null, digits: number) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** Sums the per-event rows by a key (an event may have several keys: its topics). */
function breakdown(rows: EventFigures[], keysOf: (e: EventFigures) => string[], labelOf: (key: string) => string): BreakdownRow[] {
  const groups = new Map<string, EventFigures[]>();
  for (const e of rows)
    for (const key of keysOf(e)) {
      const list = groups.get(key);
      if (list) list.push(e);
      else groups.set(key, [e]);
    }
  return [...groups.entries()].map(([key, list]) => breakdownRow(key, labelOf(key), list)).sort((a, b) => b.events - a.events || a.label.localeCompare(b.label, "de"));
}

function breakdownRow(key: string, label: string, list: EventFigures[]): BreakdownRow {
  const total = (pick: (e: EventFigures) => number) => list.reduce((s, e) => s + pick(e), 0);
  const seatsOffered = total((e) => e.capacity);
  const confirmed = total((e) => e.seats);
  return {
    key,
    label,
    events: list.length,
    hoursOffered: hours(total((e) => e.minutesOffered)),
    seatsOffered,
    registrations: total((e) => e.registrations),
    confirmed,
    attended: total((e) => e.attended),
    participantHours: hours(total((e) => e.participantMinutes)),
    fillRate: rate(confirmed, seatsOffered),
  };
}

/** Every month of the period in order, months without events as zeros (periods up to three years). */
function fillMonths(rows: BreakdownRow[], filter: StatisticsFilter): BreakdownRow[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const first = localIsoMonth(filter.period.from);
  const last = localIsoMonth(new Date(filter.period.to.getTime() - 1));
  const months: string[] = [];
  for (let m = first; m <= last && months.length < 37; m = addMonths(m, 1)) months.push(m);
  if (months.length > 36) return rows.sort((a, b) => a.key.localeCompare(b.key));
  return months.map((m) => byKey.get(m) ?? breakdownRow(m, formatMonth(m), []));
}

/** The 15 initiatives with most attendees, then the rest as "weitere", and people who named none. */
function initiativeRows(rows: { name: string | null; attendees: number }[]): InitiativeRow[] {
  const named = rows.filter((r) => r.name !== null);
  const none = rows.find((r) => r.name === null);
  const top = named.slice(0, 15).map((r) => ({ label: r.name!, attendees: r.attendees }));
  const rest = named.slice(15).reduce((s, r) => s + r.attendees, 0);
  return [...top, ...(rest > 0 ? [{ label: translator("de", "statistics")("initiatives.more"), attendees: rest }] : []), ...(none ? [{ label: translator("de", "statistics")("initiatives.none"), attendees: none.attendees }] : [])];
}

async function lookupNames(rows: EventFigures[]) {
  const [formatRows, organisationRows, topicRows] = await Promise.all([
    db.select({ id: formats.id, name: formats.name }).from(formats),
    db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(rows.map((e) => e.organisationId)), -1])),
    db.select({ id: topics.id, name: topics.name }).from(topics),
  ]);
  return { formats: new Map(formatRows.map((r) => [r.id, r.name])), organisations: new Map(organisationRows.map((r) => [r.id, r.name])), topics: new Map(topicRows.map((r) => [r.id, r.name])) };
}

async function organisationName(id: number): Promise<string | null> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return row?.name ?? null;
}
