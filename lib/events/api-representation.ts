import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { attendanceModes } from "@/db/schema/events";
import { absoluteUrl } from "@/lib/config/env";
import { toOffsetIso } from "@/lib/dates/format";
import type { ParameterError } from "@/lib/api/problem";
import { calendarFilterKeys, filterToQuery, parseCalendarFilterStrict, type CalendarFilter, type CalendarFilterKey } from "./filters";
import type { CalendarEntry, PublicEvent, listPublicEvents } from "./public-queries";
import { registrationDeadline, registrationWindowState, seatAvailability, type RegistrationWindowState, type SeatState } from "./rules";
import { publicStatuses } from "./visibility";

/**
 * What the public JSON API (/api/v1) says about events, and how it reads its query. Pure functions:
 * the route handlers fetch through public-queries.ts and hand the rows to these. The zod schemas are
 * the one source of the response types and of the OpenAPI document (lib/api/openapi.ts); they are
 * strict, so a field that is not described here cannot leave through the API.
 */

const apiText = translator("de", "api");
const f = (key: keyof Messages["api"]["openapi"]["fields"]) => apiText(`openapi.fields.${key}`);

// ---------------------------------------------------------------------------------------------
// Response schemas
// ---------------------------------------------------------------------------------------------

const seatStates = ["free", "few", "full"] as const satisfies readonly SeatState[];
const registrationStates = ["open", "not_yet_open", "closed", "cancelled", "past"] as const satisfies readonly RegistrationWindowState[];
// The other direction: a state added to rules.ts must be added here (and to the documentation).
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const _allSeatStatesListed: Missing<SeatState, (typeof seatStates)[number]> = true;
const _allRegistrationStatesListed: Missing<RegistrationWindowState, (typeof registrationStates)[number]> = true;
void _allSeatStatesListed;
void _allRegistrationStatesListed;

/** An instant as ISO 8601 with the offset of Europe/Berlin, e.g. "2026-12-03T18:00:00+01:00". */
const instant = z.iso.datetime({ offset: true });

const named = z.strictObject({ slug: z.string(), name: z.string() });

const venueSummarySchema = z.strictObject({
  name: z.string().meta({ description: f("venueName") }),
  city: z.string().meta({ description: f("venueCity") }),
  stepFree: z.boolean().meta({ description: f("venueStepFree") }),
});

const venueDetailSchema = z.strictObject({
  name: z.string().meta({ description: f("venueName") }),
  street: z.string().meta({ description: f("venueStreet") }),
  postalCode: z.string().meta({ description: f("venuePostalCode") }),
  city: z.string().meta({ description: f("venueCity") }),
  room: z.string().nullable().meta({ description: f("venueRoom") }),
  stepFree: z.boolean().meta({ description: f("venueStepFree") }),
  accessibilityNotes: z.string().nullable().meta({ description: f("venueAccessibilityNotes") }),
});

const registrationSchema = z.strictObject({
  state: z.enum(registrationStates).meta({ description: f("registrationState") }),
  opensAt: instant.nullable().meta({ description: f("registrationOpensAt") }),
  closesAt: instant.meta({ description: f("registrationClosesAt") }),
});

const urlsSchema = z.strictObject({
  page: z.url().meta({ description: f("pageUrl") }),
  ics: z.url().meta({ description: f("icsUrl") }),
});

const commonFields = {
  slug: z.string().meta({ description: f("slug") }),
  title: z.string().meta({ description: f("title") }),
  summary: z.string().meta({ description: f("summary") }),
  status: z.enum(publicStatuses).meta({ description: f("status") }),
  format: named.meta({ description: f("format") }),
  organisation: named.meta({ description: f("organisation") }),
  attendanceMode: z.enum(attendanceModes).meta({ description: f("attendanceMode") }),
  startsAt: instant.meta({ description: f("startsAt") }),
  endsAt: instant.meta({ description: f("endsAt") }),
  capacity: z.number().int().min(0).meta({ description: f("capacity") }),
  seatsLeft: z.number().int().min(0).meta({ description: f("seatsLeft") }),
  seatState: z.enum(seatStates).meta({ description: f("seatState") }),
  registration: registrationSchema.meta({ description: f("registration") }),
  urls: urlsSchema.meta({ description: f("urls") }),
};

export const apiEventSummarySchema = z.strictObject({
  ...commonFields,
  venue: venueSummarySchema.nullable().meta({ description: f("venue") }),
});

export const apiEventDetailSchema = z.strictObject({
  ...commonFields,
  description: z.string().meta({ description: f("description") }),
  cancellationReason: z.string().nullable().meta({ description: f("cancellationReason") }),
  trainer: z.string().nullable().meta({ description: f("trainer") }),
  targetGroup: z.string().nullable().meta({ description: f("targetGroup") }),
  topics: z.array(named).meta({ description: f("topics") }),
  languages: z.array(z.string()).meta({ description: f("languages") }),
  venue: venueDetailSchema.nullable().meta({ description: f("venue") }),
  onlineUrl: z.string().nullable().meta({ description: f("onlineUrl") }),
  sessions: z
    .array(
      z.strictObject({
        startsAt: instant.meta({ description: f("sessionStartsAt") }),
        endsAt: instant.meta({ description: f("sessionEndsAt") }),
      }),
    )
    .meta({ description: f("sessions") }),
});

export const apiEventListSchema = z.strictObject({
  data: z.array(apiEventSummarySchema).meta({ description: f("data") }),
  page: z.number().int().min(1).meta({ description: f("page") }),
  pageSize: z.number().int().min(1).meta({ description: f("pageSize") }),
  total: z.number().int().min(0).meta({ description: f("total") }),
  pageCount: z.number().int().min(1).meta({ description: f("pageCount") }),
  links: z
    .strictObject({
      self: z.url().meta({ description: f("linkSelf") }),
      next: z.url().nullable().meta({ description: f("linkNext") }),
      prev: z.url().nullable().meta({ description: f("linkPrev") }),
    })
    .meta({ description: f("links") }),
});

export const apiEventResponseSchema = z.strictObject({ data: apiEventDetailSchema });

export type ApiEventSummary = z.infer<typeof apiEventSummarySchema>;
export type ApiEventDetail = z.infer<typeof apiEventDetailSchema>;
export type ApiEventList = z.infer<typeof apiEventListSchema>;

// ---------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------

/**
 * Paths of an event's public page (app/(public)/veranstaltungen/[slug]) and its .ics download
 * (…/[slug]/kalender.ics). The pages build the same paths inline; a shared helper would keep them
 * from drifting apart.
 */
export function eventPagePath(slug: string): string {
  return `/veranstaltungen/${encodeURIComponent(slug)}`;
}

export function eventIcsPath(slug: string): string {
  return `${eventPagePath(slug)}/kalender.ics`;
}

type PublicStatus = (typeof publicStatuses)[number];

/** The data layer only hands out public events; anything else here is a bug, not a 404. */
function publicStatus(status: string, slug: string): PublicStatus {
  if ((publicStatuses as readonly string[]).includes(status)) return status as PublicStatus;
  throw new Error(`Event "${slug}" with status "${status}" reached the public API`);
}

type WindowFacts = Parameters<typeof registrationWindowState>[0];

function seatsAndRegistration(event: WindowFacts & { capacity: number }, seatsTaken: number, now: Date) {
  const seats = seatAvailability(event.capacity, seatsTaken);
  return {
    capacity: event.capacity,
    seatsLeft: seats.left,
    seatState: seats.state,
    registration: {
      state: registrationWindowState(event, now),
      opensAt: event.registrationOpensAt ? toOffsetIso(event.registrationOpensAt) : null,
      closesAt: toOffsetIso(registrationDeadline(event)),
    },
  };
}

function eventUrls(slug: string) {
  return { page: absoluteUrl(eventPagePath(slug)), ics: absoluteUrl(eventIcsPath(slug)) };
}

/** One entry of the calendar list as the API shows it. */
export function toApiEventSummary(entry: CalendarEntry, now: Date): ApiEventSummary {
  const seats = seatsAndRegistration(entry, entry.seatsTaken, now);
  return {
    slug: entry.slug,
    title: entry.title,
    summary: entry.summary,
    status: publicStatus(entry.status, entry.slug),
    format: { slug: entry.formatSlug, name: entry.formatName },
    organisation: { slug: entry.organisationSlug, name: entry.organisationName },
    attendanceMode: entry.attendanceMode,
    venue: entry.venueName === null ? null : { name: entry.venueName, city: entry.venueCity ?? "", stepFree: entry.venueStepFree ?? false },
    startsAt: toOffsetIso(entry.startsAt),
    endsAt: toOffsetIso(entry.endsAt),
    capacity: seats.capacity,
    seatsLeft: seats.seatsLeft,
    seatState: seats.seatState,
    registration: seats.registration,
    urls: eventUrls(entry.slug),
  };
}

/** All public facts of one event as the API shows them. */
export function toApiEventDetail(publicEvent: PublicEvent, now: Date): ApiEventDetail {
  const { event, format, organisation, venue } = publicEvent;
  const seats = seatsAndRegistration(event, publicEvent.seatsTaken, now);
  // Sessions are kept in step with the event by the data layer; an event always has at least one.
  const sessions = publicEvent.sessions.length > 0 ? publicEvent.sessions : [{ startsAt: event.startsAt, endsAt: event.endsAt }];
  return {
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    description: event.description,
    status: publicStatus(event.status, event.slug),
    cancellationReason: event.status === "cancelled" ? event.cancellationReason : null,
    format: { slug: format.slug, name: format.name },
    organisation: { slug: organisation.slug, name: organisation.name },
    trainer: event.trainer,
    targetGroup: event.targetGroup,
    topics: publicEvent.topics.map((t) => ({ slug: t.slug, name: t.name })),
    languages: [...publicEvent.languages],
    attendanceMode: event.attendanceMode,
    venue: venue
      ? {
          name: venue.name,
          street: venue.street,
          postalCode: venue.postalCode,
          city: venue.city,
          room: venue.room,
          stepFree: venue.stepFree,
          accessibilityNotes: venue.accessibilityNotes,
        }
      : null,
    // A link left over from an earlier online plan is not shown for an event held in person.
    onlineUrl: event.attendanceMode === "in_person" ? null : event.onlineUrl,
    startsAt: toOffsetIso(event.startsAt),
    endsAt: toOffsetIso(event.endsAt),
    sessions: sessions.map((s) => ({ startsAt: toOffsetIso(s.startsAt), endsAt: toOffsetIso(s.endsAt) })),
    capacity: seats.capacity,
    seatsLeft: seats.seatsLeft,
    seatState: seats.seatState,
    registration: seats.registration,
    urls: eventUrls(event.slug),
  };
}

// ---------------------------------------------------------------------------------------------
// The list endpoint's query
// ---------------------------------------------------------------------------------------------

export const API_PAGE_SIZE = { default: 20, min: 1, max: 100 } as const;
export const pageSizeSchema = z.coerce.number().int().min(API_PAGE_SIZE.min).max(API_PAGE_SIZE.max);

/** Calendar parameters that choose how a page looks; they mean nothing to the API and are ignored. */
const viewOnlyKeys: readonly CalendarFilterKey[] = ["ansicht", "monat"];

/** The calendar parameters the list endpoint reads, in the order of filters.ts. */
export const apiFilterKeys = calendarFilterKeys.filter((k) => !viewOnlyKeys.includes(k));

export type ApiListQuery = { filter: CalendarFilter; pageSize: number };

export type ApiListQueryResult = { success: true; data: ApiListQuery } | { success: false; errors: ParameterError[] };

// Looked up by parameter name: the raw texts (they hold no ICU arguments).
const parameterErrors: Record<string, string> = loadMessages("de").api.parameterErrors;

/**
 * Reads the list endpoint's query strictly: every value that does not fit becomes one entry
 * (parameter and German message) of a 400 answer. Unknown parameter names are ignored.
 */
export function parseApiListQuery(params: URLSearchParams): ApiListQueryResult {
  const filterParams = new URLSearchParams(params);
  for (const key of viewOnlyKeys) filterParams.delete(key);
  const parsed = parseCalendarFilterStrict(filterParams);

  const errors: ParameterError[] = [];
  const add = (parameter: string, detail: string) => {
    if (!errors.some((e) => e.parameter === parameter)) errors.push({ parameter, detail });
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "");
      add(parameter, parameterErrors[parameter] ?? parameterErrors.fallback);
    }
  } else if (parsed.data.von && parsed.data.bis && parsed.data.bis < parsed.data.von) {
    add("bis", parameterErrors.bisVorVon);
  }

  let pageSize: number = API_PAGE_SIZE.default;
  // Like the filters: the first non-empty value counts, an empty one means "default".
  const rawPageSize = params.getAll("proSeite").find((v) => v !== "");
  if (rawPageSize !== undefined) {
    const size = pageSizeSchema.safeParse(rawPageSize);
    if (size.success) pageSize = size.data;
    else add("proSeite", parameterErrors.proSeite);
  }

  if (errors.length > 0 || !parsed.success) return { success: false, errors };
  return { success: true, data: { filter: parsed.data, pageSize } };
}

/** Absolute URL of a page of the list, with the same filters and page size. */
export function eventListUrl(filter: CalendarFilter, pageSize: number, page: number): string {
  const params = new URLSearchParams(filterToQuery(filter, { seite: page > 1 ? page : undefined }));
  if (pageSize !== API_PAGE_SIZE.default) params.set("proSeite", String(pageSize));
  const query = params.toString();
  return absoluteUrl(`/api/v1/events${query ? `?${query}` : ""}`);
}

type ListResult = Awaited<ReturnType<typeof listPublicEvents>>;

/** The list endpoint's answer: one page of events and the links to page through them. */
export function toApiEventList(result: ListResult, query: ApiListQuery, now: Date): ApiEventList {
  const { page, pageSize, pageCount, total } = result;
  return {
    data: result.entries.map((entry) => toApiEventSummary(entry, now)),
    page,
    pageSize,
    total,
    pageCount,
    links: {
      self: eventListUrl(query.filter, pageSize, page),
      next: page < pageCount ? eventListUrl(query.filter, pageSize, page + 1) : null,
      // Beyond the last page, "prev" leads back to the last page that has entries.
      prev: page > 1 ? eventListUrl(query.filter, pageSize, Math.min(page - 1, pageCount)) : null,
    },
  };
}
