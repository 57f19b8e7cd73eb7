import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import messages from "@/messages/de/api.json";
import { localDateTime } from "@/lib/dates/berlin";
import {
  apiEventDetailSchema,
  apiEventListSchema,
  apiEventSummarySchema,
  apiFilterKeys,
  parseApiListQuery,
  toApiEventDetail,
  toApiEventList,
  toApiEventSummary,
} from "@/lib/events/api-representation";
import { eventNotFoundProblem, invalidParametersProblem, notFoundProblem, problemResponse } from "@/lib/api/problem";
import { openApiDocument } from "@/lib/api/openapi";
import type { CalendarEntry, PublicEvent } from "@/lib/events/public-queries";

const BASE = "https://fortbildung.example.org";

beforeEach(() => {
  vi.stubEnv("PUBLIC_URL", BASE);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

// A Wednesday in summer (CEST, +02:00) and a Thursday in winter (CET, +01:00).
const summerStart = localDateTime(2026, 7, 15, 18, 0);
const summerEnd = localDateTime(2026, 7, 15, 20, 30);
const winterStart = localDateTime(2026, 12, 3, 18, 0);
const winterEnd = localDateTime(2026, 12, 3, 20, 30);
const beforeAll2026 = localDateTime(2026, 1, 5, 9, 0);

function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    id: 41,
    slug: "deeskalation-im-alltag",
    title: "Deeskalation im Alltag",
    summary: "Wie man angespannte Situationen beruhigt.",
    status: "published",
    startsAt: summerStart,
    endsAt: summerEnd,
    capacity: 20,
    attendanceMode: "in_person",
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosed: false,
    formatName: "Fortbildung",
    formatSlug: "fortbildung",
    organisationName: "Volkshochschule am Rhein",
    organisationSlug: "volkshochschule-am-rhein",
    venueName: "Haus der Jugend",
    venueCity: "Mainz",
    venueStepFree: true,
    seatsTaken: 5,
    ...overrides,
  };
}

type EventRow = PublicEvent["event"];

function publicEvent(eventOverrides: Partial<EventRow> = {}, overrides: Partial<PublicEvent> = {}): PublicEvent {
  const event: EventRow = {
    id: 7,
    slug: "asylrecht-grundlagen",
    title: "Asylrecht: Grundlagen",
    summary: "Ein Überblick über das Asylverfahren.",
    description: "Ausführliche Beschreibung.\n\nZweiter Absatz.",
    formatId: 2,
    organisationId: 3,
    seriesId: 11,
    trainer: "Dr. Beispiel",
    targetGroup: "Ehrenamtliche in der Begleitung zu Behörden",
    attendanceMode: "hybrid",
    venueId: 5,
    onlineUrl: "https://video.example.org/raum-7",
    capacity: 12,
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosed: false,
    status: "published",
    cancellationReason: null,
    reminderEnabled: true,
    sequence: 3,
    startsAt: winterStart,
    endsAt: winterEnd,
    publishedAt: beforeAll2026,
    createdAt: beforeAll2026,
    updatedAt: beforeAll2026,
    ...eventOverrides,
  };
  return {
    listed: true,
    event,
    format: { name: "Fortbildung", slug: "fortbildung", isSupervision: false },
    organisation: {
      name: "Beratungsstelle Brückenschlag e. V.",
      slug: "beratungsstelle-brueckenschlag",
      email: "kontakt@brueckenschlag.example.org",
      phone: "06131 000303",
      website: null,
    },
    venue: {
      id: 5,
      name: "Bürgerhaus Neustadt",
      street: "Beispielstraße 12",
      postalCode: "55118",
      city: "Mainz",
      room: "Saal 2",
      stepFree: false,
      accessibilityNotes: "Drei Stufen am Eingang, Rampe auf Anfrage.",
      directions: "Straßenbahn bis Goetheplatz.",
      organisationId: 3,
      createdAt: beforeAll2026,
      updatedAt: beforeAll2026,
    },
    sessions: [{ id: 70, eventId: 7, startsAt: event.startsAt, endsAt: event.endsAt, note: "Interne Notiz" }],
    topics: [{ name: "Asylrecht", slug: "asylrecht" }],
    languages: ["de", "en"],
    seatsTaken: 4,
    ...overrides,
  };
}

/** Every key of a JSON value, at any depth. */
function allKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => allKeys(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      allKeys(v, out);
    }
  }
  return out;
}

const internalKeys = [
  "id",
  "eventId",
  "formatId",
  "organisationId",
  "venueId",
  "seriesId",
  "reviewComment",
  "reminderEnabled",
  "sequence",
  "publishedAt",
  "createdAt",
  "updatedAt",
  "email",
  "phone",
  "isSupervision",
  "note",
  "seatsTaken",
  "registrations",
  "registrationClosed",
];

describe("toApiEventSummary", () => {
  it("gives instants with the Berlin offset in summer and in winter", () => {
    const summer = toApiEventSummary(entry(), beforeAll2026);
    expect(summer.startsAt).toBe("2026-07-15T18:00:00+02:00");
    expect(summer.endsAt).toBe("2026-07-15T20:30:00+02:00");

    const winter = toApiEventSummary(entry({ startsAt: winterStart, endsAt: winterEnd }), beforeAll2026);
    expect(winter.startsAt).toBe("2026-12-03T18:00:00+01:00");
    expect(winter.endsAt).toBe("2026-12-03T20:30:00+01:00");
  });

  it("maps the list entry to the documented shape with absolute URLs", () => {
    const out = toApiEventSummary(entry(), beforeAll2026);
    expect(out).toEqual({
      slug: "deeskalation-im-alltag",
      title: "Deeskalation im Alltag",
      summary: "Wie man angespannte Situationen beruhigt.",
      status: "published",
      format: { slug: "fortbildung", name: "Fortbildung" },
      organisation: { slug: "volkshochschule-am-rhein", name: "Volkshochschule am Rhein" },
      attendanceMode: "in_person",
      venue: { name: "Haus der Jugend", city: "Mainz", stepFree: true },
      startsAt: "2026-07-15T18:00:00+02:00",
      endsAt: "2026-07-15T20:30:00+02:00",
      capacity: 20,
      seatsLeft: 15,
      seatState: "free",
      registration: { state: "open", opensAt: null, closesAt: "2026-07-15T18:00:00+02:00" },
      urls: {
        page: `${BASE}/veranstaltungen/deeskalation-im-alltag`,
        ics: `${BASE}/veranstaltungen/deeskalation-im-alltag/kalender.ics`,
      },
    });
    expect(apiEventSummarySchema.parse(out)).toEqual(out);
  });

  it("gives no venue for an online event", () => {
    const out = toApiEventSummary(entry({ attendanceMode: "online", venueName: null, venueCity: null, venueStepFree: null }), beforeAll2026);
    expect(out.venue).toBeNull();
  });

  it.each([
    { capacity: 20, taken: 5, left: 15, state: "free" },
    { capacity: 20, taken: 16, left: 4, state: "few" },
    { capacity: 20, taken: 19, left: 1, state: "few" },
    { capacity: 20, taken: 20, left: 0, state: "full" },
    // More confirmed than seats (added by hand): never a negative number.
    { capacity: 20, taken: 23, left: 0, state: "full" },
    { capacity: 8, taken: 5, left: 3, state: "few" },
  ])("seats: capacity $capacity, taken $taken → $left left, $state", ({ capacity, taken, left, state }) => {
    const out = toApiEventSummary(entry({ capacity, seatsTaken: taken }), beforeAll2026);
    expect(out.capacity).toBe(capacity);
    expect(out.seatsLeft).toBe(left);
    expect(out.seatState).toBe(state);
  });

  it("reports the registration window", () => {
    const opensAt = localDateTime(2026, 6, 1, 9, 0);
    const closesAt = localDateTime(2026, 7, 10, 23, 59);
    const windowed = entry({ registrationOpensAt: opensAt, registrationClosesAt: closesAt });

    expect(toApiEventSummary(windowed, localDateTime(2026, 5, 20)).registration).toEqual({
      state: "not_yet_open",
      opensAt: "2026-06-01T09:00:00+02:00",
      closesAt: "2026-07-10T23:59:00+02:00",
    });
    expect(toApiEventSummary(windowed, localDateTime(2026, 6, 15)).registration.state).toBe("open");
    expect(toApiEventSummary(windowed, localDateTime(2026, 7, 12)).registration.state).toBe("closed");
    expect(toApiEventSummary(windowed, localDateTime(2026, 7, 16)).registration.state).toBe("past");
    expect(toApiEventSummary(entry({ registrationClosed: true }), beforeAll2026).registration.state).toBe("closed");
    expect(toApiEventSummary(entry({ status: "cancelled" }), beforeAll2026)).toMatchObject({
      status: "cancelled",
      registration: { state: "cancelled" },
    });
  });

  it("exposes no internal fields", () => {
    const keys = allKeys(toApiEventSummary(entry(), beforeAll2026));
    for (const key of internalKeys) expect(keys, key).not.toContain(key);
  });

  it("refuses an event that is not public instead of showing it", () => {
    expect(() => toApiEventSummary(entry({ status: "draft" }), beforeAll2026)).toThrow(/not|public/);
    expect(() => toApiEventSummary(entry({ status: "in_review" }), beforeAll2026)).toThrow();
  });
});

describe("toApiEventDetail", () => {
  it("maps all public facts", () => {
    const out = toApiEventDetail(publicEvent(), beforeAll2026);
    expect(out).toMatchObject({
      slug: "asylrecht-grundlagen",
      description: "Ausführliche Beschreibung.\n\nZweiter Absatz.",
      status: "published",
      cancellationReason: null,
      format: { slug: "fortbildung", name: "Fortbildung" },
      organisation: { slug: "beratungsstelle-brueckenschlag", name: "Beratungsstelle Brückenschlag e. V." },
      trainer: "Dr. Beispiel",
      topics: [{ slug: "asylrecht", name: "Asylrecht" }],
      languages: ["de", "en"],
      attendanceMode: "hybrid",
      venue: {
        name: "Bürgerhaus Neustadt",
        street: "Beispielstraße 12",
        postalCode: "55118",
        city: "Mainz",
        room: "Saal 2",
        stepFree: false,
        accessibilityNotes: "Drei Stufen am Eingang, Rampe auf Anfrage.",
      },
      onlineUrl: "https://video.example.org/raum-7",
      startsAt: "2026-12-03T18:00:00+01:00",
      endsAt: "2026-12-03T20:30:00+01:00",
      sessions: [{ startsAt: "2026-12-03T18:00:00+01:00", endsAt: "2026-12-03T20:30:00+01:00" }],
      capacity: 12,
      seatsLeft: 8,
      seatState: "free",
      registration: { state: "open", opensAt: null, closesAt: "2026-12-03T18:00:00+01:00" },
      urls: { page: `${BASE}/veranstaltungen/asylrecht-grundlagen`, ics: `${BASE}/veranstaltungen/asylrecht-grundlagen/kalender.ics` },
    });
    // The schema is strict: parsing fails on any member the documentation does not name.
    expect(apiEventDetailSchema.parse(out)).toEqual(out);
  });

  it("gives each session its own offset when a series crosses the end of summer time", () => {
    // Summer time ends on Sunday, 25 October 2026.
    const first = { id: 1, eventId: 7, startsAt: localDateTime(2026, 10, 24, 10), endsAt: localDateTime(2026, 10, 24, 16), note: null };
    const second = { id: 2, eventId: 7, startsAt: localDateTime(2026, 10, 31, 10), endsAt: localDateTime(2026, 10, 31, 16), note: null };
    const out = toApiEventDetail(
      publicEvent({ startsAt: first.startsAt, endsAt: second.endsAt }, { sessions: [first, second] }),
      beforeAll2026,
    );
    expect(out.startsAt).toBe("2026-10-24T10:00:00+02:00");
    expect(out.endsAt).toBe("2026-10-31T16:00:00+01:00");
    expect(out.sessions).toEqual([
      { startsAt: "2026-10-24T10:00:00+02:00", endsAt: "2026-10-24T16:00:00+02:00" },
      { startsAt: "2026-10-31T10:00:00+01:00", endsAt: "2026-10-31T16:00:00+01:00" },
    ]);
  });

  it("exposes no internal fields, even when the data layer hands some over", () => {
    const source = publicEvent();
    // Simulate a data layer that forgot to strip the review comment.
    const leaky = { ...source, event: { ...source.event, reviewComment: "Bitte den Titel kürzen." } } as PublicEvent;
    const out = toApiEventDetail(leaky, beforeAll2026);
    const keys = allKeys(out);
    for (const key of internalKeys) expect(keys, key).not.toContain(key);
    const text = JSON.stringify(out);
    expect(text).not.toContain("Bitte den Titel kürzen.");
    expect(text).not.toContain("kontakt@brueckenschlag.example.org");
    expect(text).not.toContain("Interne Notiz");
  });

  it("shows the cancellation and its reason", () => {
    const out = toApiEventDetail(publicEvent({ status: "cancelled", cancellationReason: "Die Referentin ist erkrankt." }), beforeAll2026);
    expect(out.status).toBe("cancelled");
    expect(out.cancellationReason).toBe("Die Referentin ist erkrankt.");
    expect(out.registration.state).toBe("cancelled");
  });

  it("hides a leftover online link of an event held in person, and has no venue online", () => {
    expect(toApiEventDetail(publicEvent({ attendanceMode: "in_person" }), beforeAll2026).onlineUrl).toBeNull();
    const online = toApiEventDetail(publicEvent({ attendanceMode: "online", venueId: null }, { venue: null }), beforeAll2026);
    expect(online.venue).toBeNull();
    expect(online.onlineUrl).toBe("https://video.example.org/raum-7");
  });

  it("reports a full event", () => {
    const out = toApiEventDetail(publicEvent({}, { seatsTaken: 12 }), beforeAll2026);
    expect(out.seatsLeft).toBe(0);
    expect(out.seatState).toBe("full");
  });
});

describe("parseApiListQuery", () => {
  const parse = (query: string) => parseApiListQuery(new URLSearchParams(query));

  it("accepts valid filters, a page and a page size", () => {
    const result = parse("format=fortbildung&thema=deeskalation&von=2026-12-01&bis=2026-12-31&frei=1&sprache=de&q=Trauma&zeit=vergangen&seite=2&proSeite=50");
    expect(result).toEqual({
      success: true,
      data: {
        filter: {
          format: "fortbildung",
          thema: "deeskalation",
          von: "2026-12-01",
          bis: "2026-12-31",
          frei: "1",
          sprache: "de",
          q: "Trauma",
          zeit: "vergangen",
          seite: 2,
        },
        pageSize: 50,
      },
    });
  });

  it("uses 20 per page by default and treats empty values as absent", () => {
    expect(parse("")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
    expect(parse("format=&proSeite=&seite=")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
  });

  it("ignores unknown parameters and the calendar's view parameters", () => {
    expect(parse("foo=bar&ansicht=kacheln&monat=2026-13")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
  });

  it("lists each invalid parameter once, with a German message from the catalogue", () => {
    const result = parse("format=Fort%20Bildung&von=2026-02-30&bis=31.12.2026&frei=ja&sprache=deu&zeit=morgen&seite=0&proSeite=101&q=%20%20");
    expect(result.success).toBe(false);
    if (result.success) return;
    const byParameter = Object.fromEntries(result.errors.map((e) => [e.parameter, e.detail]));
    expect(Object.keys(byParameter).sort()).toEqual(["bis", "format", "frei", "proSeite", "q", "seite", "sprache", "von", "zeit"]);
    expect(byParameter.format).toBe(messages.parameterErrors.format);
    expect(byParameter.von).toBe(messages.parameterErrors.von);
    expect(byParameter.proSeite).toBe("Erwartet wird eine ganze Zahl von 1 bis 100.");
    expect(byParameter.seite).toBe("Erwartet wird eine ganze Zahl von 1 bis 10000.");
    expect(new Set(result.errors.map((e) => e.parameter)).size).toBe(result.errors.length);
  });

  it.each([
    ["proSeite=0", "proSeite"],
    ["proSeite=abc", "proSeite"],
    ["proSeite=2.5", "proSeite"],
    ["seite=abc", "seite"],
    ["seite=-1", "seite"],
    ["thema=%C3%A4rger", "thema"],
    ["traeger=ABC", "traeger"],
    ["online=true", "online"],
    ["barrierefrei=0", "barrierefrei"],
  ])("rejects %s", (query, parameter) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.map((e) => e.parameter)).toEqual([parameter]);
  });

  it("rejects an end date before the start date", () => {
    expect(parse("von=2026-12-31&bis=2026-12-01")).toEqual({
      success: false,
      errors: [{ parameter: "bis", detail: messages.parameterErrors.bisVorVon }],
    });
    expect(parse("von=2026-12-01&bis=2026-12-01").success).toBe(true);
  });

  it("turns the errors into a 400 problem+json answer", async () => {
    const result = parse("von=gestern&proSeite=1000");
    if (result.success) throw new Error("expected errors");
    const response = invalidParametersProblem(result.errors, "/api/v1/events?von=gestern&proSeite=1000");
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: `${BASE}/api/v1/openapi.json#/components/schemas/InvalidParametersProblem`,
      title: "Ungültige Abfrageparameter",
      status: 400,
      detail: messages.problems.invalidParameters.detail,
      instance: "/api/v1/events?von=gestern&proSeite=1000",
      errors: [
        { parameter: "von", detail: messages.parameterErrors.von },
        { parameter: "proSeite", detail: messages.parameterErrors.proSeite },
      ],
    });
  });
});

describe("toApiEventList", () => {
  const page = (page: number, total: number, pageSize = 20) => ({
    entries: [entry()],
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  });

  it("pages with absolute links that keep the filters", () => {
    const query = { filter: { format: "fortbildung", zeit: "vergangen" as const, seite: 2 }, pageSize: 20 };
    const out = toApiEventList(page(2, 45), query, beforeAll2026);
    expect(out.page).toBe(2);
    expect(out.pageSize).toBe(20);
    expect(out.total).toBe(45);
    expect(out.pageCount).toBe(3);
    expect(out.links).toEqual({
      self: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen&seite=2`,
      next: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen&seite=3`,
      prev: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen`,
    });
    expect(apiEventListSchema.parse(out)).toEqual(out);
  });

  it("keeps a page size other than the default and encodes search text", () => {
    const query = { filter: { q: "Kinder & Jugend" }, pageSize: 50 };
    const out = toApiEventList(page(1, 120, 50), query, beforeAll2026);
    expect(out.links.self).toBe(`${BASE}/api/v1/events?q=Kinder+%26+Jugend&proSeite=50`);
    expect(out.links.next).toBe(`${BASE}/api/v1/events?q=Kinder+%26+Jugend&seite=2&proSeite=50`);
    expect(out.links.prev).toBeNull();
  });

  it("has no next page on the last page, and leads back from beyond it", () => {
    expect(toApiEventList(page(1, 0), { filter: {}, pageSize: 20 }, beforeAll2026).links).toEqual({
      self: `${BASE}/api/v1/events`,
      next: null,
      prev: null,
    });
    const beyond = toApiEventList({ ...page(9, 45), entries: [] }, { filter: { seite: 9 }, pageSize: 20 }, beforeAll2026);
    expect(beyond.data).toEqual([]);
    expect(beyond.links.next).toBeNull();
    expect(beyond.links.prev).toBe(`${BASE}/api/v1/events?seite=3`);
  });
});

describe("problem responses", () => {
  it("answers with RFC 9457 members and the problem media type", async () => {
    const response = problemResponse({ status: 404, title: "Nicht gefunden" });
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({ type: "about:blank", title: "Nicht gefunden", status: 404 });
  });

  it("has German 404s for events and unknown paths", async () => {
    const event = await eventNotFoundProblem("gibt-es-nicht", "/api/v1/events/gibt-es-nicht").json();
    expect(event).toMatchObject({ status: 404, title: "Veranstaltung nicht gefunden" });
    expect(event.detail).toContain("„gibt-es-nicht“");

    const path = await notFoundProblem("/api/v1/veranstaltungen").json();
    expect(path).toMatchObject({ status: 404, title: "Nicht gefunden", instance: "/api/v1/veranstaltungen" });
    expect(path.detail).toContain(`${BASE}/api/v1/openapi.json`);
  });
});

describe("openApiDocument", () => {
  it("describes both endpoints, every query parameter in German, and the problem schema", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe(`${BASE}/api/v1`);
    const parameters = doc.paths["/events"].get.parameters;
    expect(parameters.map((p) => p.name)).toEqual([...apiFilterKeys, "proSeite"]);
    expect(apiFilterKeys).not.toContain("ansicht");
    for (const p of parameters) expect(p.description, p.name).toMatch(/\S/);
    expect(doc.paths["/events/{slug}"].get.responses["404"].content["application/problem+json"].schema.$ref).toBe("#/components/schemas/Problem");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["EventSummary", "EventDetail", "EventList", "EventResponse", "Problem", "InvalidParametersProblem"]),
    );
    // No dangling references.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r.split("/").pop()!);
  });
});
