import { createHash } from "node:crypto";
import ical, { escape, ICalEventStatus } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import { city } from "@/lib/config/city";
import { absoluteUrl, uidDomain } from "@/lib/config/env";
import type { FeedEvent, PublicEventContent } from "./public-queries";
import { localePath } from "@/lib/i18n/locale-routing";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

/**
 * iCalendar (RFC 5545) output: the subscribable feed and the download of a single event.
 *
 * Pure: no database, no request. The route handlers load events through the data layer and pass
 * them here.
 */

/** The fields of an event that the iCalendar output needs; a FeedEvent has all of them. */
export type IcsEvent = Pick<
  FeedEvent,
  | "id"
  | "slug"
  | "title"
  | "summary"
  | "status"
  | "sequence"
  | "updatedAt"
  | "attendanceMode"
  | "venueName"
  | "venueStreet"
  | "venuePostalCode"
  | "venueCity"
> & {
  sessions: Pick<FeedEvent["sessions"][number], "id" | "startsAt" | "endsAt">[];
  /** The English title and summary where the organiser entered them (events.title_en, summary_en). */
  titleEn?: string | null;
  summaryEn?: string | null;
};

export type BuildCalendarOptions = {
  /** Calendar name shown by the subscribing app; defaults to the city's programme name. */
  name?: string;
  /** The language of the words calendar apps show (titles, "Termin 1 von 3", the page link); German by default. */
  locale?: Locale;
};

const PRODID = "//Stadt Mainz//Fortbildungskalender//DE"; // ical-generator prefixes the "-"

type IcsTexts = { online: string; sessionOf: (n: number, total: number) => string };
const textsByLocale = new Map<Locale, IcsTexts>();

/**
 * The words calendar apps show, in a language (feeds have no page render: a plain translator).
 * Kept per language: a feed asks for them once per event.
 */
function icsTexts(locale: Locale): IcsTexts {
  let texts = textsByLocale.get(locale);
  if (!texts) {
    const t = translator(locale, "calendar");
    texts = { online: t("ics.online"), sessionOf: (n, total) => t("ics.sessionOf", { n, total }) };
    textsByLocale.set(locale, texts);
  }
  return texts;
}

/** What an event says in a language: the English title and summary where they exist, else the German ones. */
function localized(event: IcsEvent, locale: Locale): { title: string; summary: string } {
  if (locale !== "en") return { title: event.title, summary: event.summary };
  return { title: event.titleEn?.trim() || event.title, summary: event.summaryEn?.trim() || event.summary };
}

/** The UID of one session in every calendar that ever imported it: never change its shape. */
export function sessionUid(eventId: number, sessionId: number): string {
  return `event-${eventId}-session-${sessionId}@${uidDomain()}`;
}

function location(event: IcsEvent, locale: Locale): string | null {
  const online = icsTexts(locale).online;
  if (event.attendanceMode === "online") return online;
  if (!event.venueName) return event.attendanceMode === "hybrid" ? online : null;
  const place = [event.venuePostalCode, event.venueCity].filter(Boolean).join(" ");
  return [event.venueName, event.venueStreet, place].filter(Boolean).join(", ");
}

/**
 * An instant as a date that carries the city's time zone. ical-generator writes TZID times from
 * the date's local fields; a plain Date would use the server's zone (UTC in production) instead.
 */
function inCity(instant: Date): TZDate {
  return new TZDate(instant.getTime(), city.timeZone);
}

/**
 * The VTIMEZONE block of a zone. The package reads it from a file next to its own code and returns
 * null when that file is missing, which happens when a bundler moves the package: Next.js must
 * keep it external (`serverExternalPackages` in next.config.ts). Fail loudly rather than serve
 * TZIDs without their definition.
 */
function vtimezone(timeZone: string): string {
  const component = getVtimezoneComponent(timeZone);
  if (!component) {
    throw new Error(
      `No VTIMEZONE for ${timeZone}: is @touch4it/ical-timezones listed in serverExternalPackages?`,
    );
  }
  return component;
}

function newCalendar(options: BuildCalendarOptions) {
  return ical({
    prodId: PRODID,
    // ical-generator writes NAME and X-WR-CALNAME unescaped; a comma in a name would break them.
    name: escape(options.name ?? city.programmeName, false),
    // The generator emits the VTIMEZONE of every TZID the events use. The calendar's own zone stays
    // null on purpose: with a name here, DTSTAMP and LAST-MODIFIED would lose their "Z" and become
    // floating times, which RFC 5545 forbids for those properties.
    timezone: { name: null, generator: vtimezone },
    x: { "X-WR-TIMEZONE": city.timeZone },
  });
}

function addEvent(calendar: ReturnType<typeof ical>, event: IcsEvent, locale: Locale) {
  const url = absoluteUrl(localePath(locale, `/veranstaltungen/${event.slug}`));
  const text = icsTexts(locale);
  const { title, summary } = localized(event, locale);
  const total = event.sessions.length;
  event.sessions.forEach((session, index) => {
    calendar.createEvent({
      id: sessionUid(event.id, session.id),
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      timezone: city.timeZone,
      start: inCity(session.startsAt),
      end: inCity(session.endsAt),
      summary: total > 1 ? `${title} (${text.sessionOf(index + 1, total)})` : title,
      description: `${summary}\n\n${url}`,
      url,
      location: location(event, locale),
      status: event.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  });
}

/**
 * The VEVENT blocks of one event, kept per content and language: ical-generator folds lines with a new
 * TextEncoder per character, about 1 ms per event, so a feed of 1,000 events took a second of
 * CPU on every rebuild. A feed is the concatenation of blocks that rarely change.
 */
const VEVENT_CACHE_MAX = 5000;
type Rendered = { head: string; vevents: string; tail: string };
const veventTexts = new Map<string, Rendered>();

function renderedEvent(event: IcsEvent, locale: Locale): Rendered {
  const { title, summary } = localized(event, locale);
  const key = createHash("sha256")
    .update(JSON.stringify([locale, absoluteUrl("/"), uidDomain(), event.id, event.slug, title, summary, event.status, event.sequence, event.updatedAt, location(event, locale), event.sessions.map((s) => [s.id, s.startsAt, s.endsAt])]))
    .digest("base64url");
  const hit = veventTexts.get(key);
  if (hit) return hit;
  const calendar = newCalendar({});
  addEvent(calendar, event, locale);
  const whole = calendar.toString();
  const first = whole.indexOf("BEGIN:VEVENT");
  const afterLast = whole.lastIndexOf("END:VEVENT\r\n") + "END:VEVENT\r\n".length;
  const rendered = { head: whole.slice(0, first), vevents: whole.slice(first, afterLast), tail: whole.slice(afterLast) };
  if (veventTexts.size >= VEVENT_CACHE_MAX) veventTexts.delete(veventTexts.keys().next().value as string);
  veventTexts.set(key, rendered);
  return rendered;
}

/** The iCalendar text of the given events: one VEVENT per session. */
export function buildCalendar(events: IcsEvent[], options: BuildCalendarOptions = {}): string {
  const locale = options.locale ?? defaultLocale;
  const withSessions = events.filter((e) => e.sessions.length > 0);
  // Without any session there is no VEVENT (and no VTIMEZONE): the generator writes the empty calendar.
  if (withSessions.length === 0 || options.name !== undefined) {
    const calendar = newCalendar(options);
    for (const event of events) addEvent(calendar, event, locale);
    return calendar.toString();
  }
  const parts = withSessions.map((event) => renderedEvent(event, locale));
  // Every event uses the city's one time zone, so each rendering has the same head (VCALENDAR
  // properties and VTIMEZONE) and tail; tests/ics.test.ts compares the result with the generator's own.
  return parts[0].head + parts.map((p) => p.vevents).join("") + parts[0].tail;
}

/** The iCalendar shape of one event as getPublicEvent returns it. */
export function publicEventToIcsEvent(data: Pick<PublicEventContent, "event" | "venue" | "sessions">): IcsEvent {
  const { event, venue, sessions } = data;
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    titleEn: event.titleEn,
    summaryEn: event.summaryEn,
    status: event.status,
    sequence: event.sequence,
    updatedAt: event.updatedAt,
    attendanceMode: event.attendanceMode,
    venueName: venue?.name ?? null,
    venueStreet: venue?.street ?? null,
    venuePostalCode: venue?.postalCode ?? null,
    venueCity: venue?.city ?? null,
    sessions,
  };
}
