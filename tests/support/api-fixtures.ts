import { afterEach, beforeEach, vi } from "vitest";
import { localDateTime } from "@/lib/dates/berlin";
import type { CalendarEntry, PublicEvent } from "@/lib/events/public-queries";
import { reloadSettingsForTests } from "@/lib/config/env";

/** Fixtures of the public API's tests (tests/api-representation-*.test.ts): a list entry and an event page's facts. */

export const BASE = "https://fortbildung.example.org";

/** Absolute URLs in the API point at BASE during each test of the calling file. */
export function stubPublicUrlPerTest() {
  beforeEach(() => {
    vi.stubEnv("PUBLIC_URL", BASE);
    reloadSettingsForTests();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    reloadSettingsForTests();
  });
}

// A Wednesday in summer (CEST, +02:00) and a Thursday in winter (CET, +01:00).
export const summerStart = localDateTime(2026, 7, 15, 18, 0);
export const summerEnd = localDateTime(2026, 7, 15, 20, 30);
export const winterStart = localDateTime(2026, 12, 3, 18, 0);
export const winterEnd = localDateTime(2026, 12, 3, 20, 30);
export const beforeAll2026 = localDateTime(2026, 1, 5, 9, 0);

export function entry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    id: 41,
    slug: "deeskalation-im-alltag",
    title: "Deeskalation im Alltag",
    summary: "Wie man angespannte Situationen beruhigt.",
    titleEn: null,
    summaryEn: null,
    status: "published",
    startsAt: summerStart,
    endsAt: summerEnd,
    capacity: 20,
    attendanceMode: "in_person",
    registrationOpensAt: null,
    registrationClosesAt: null,
    registrationClosed: false,
    openAfterStart: false,
    formatName: "Fortbildung",
    formatSlug: "fortbildung",
    organisationName: "Volkshochschule am Rhein",
    organisationSlug: "volkshochschule-am-rhein",
    venueName: "Haus der Jugend",
    venueCity: "Mainz",
    venueStepFree: true,
    seatsTaken: 5,
    sessionCount: 1,
    ...overrides,
  };
}

type EventRow = PublicEvent["event"];

/** The venue of publicEvent(): the facts the API shows (its internal fields are added below). */
export const publicVenueFacts = {
  name: "Bürgerhaus Neustadt",
  street: "Beispielstraße 12",
  postalCode: "55118",
  city: "Mainz",
  room: "Saal 2",
  stepFree: false,
  accessibilityNotes: "Drei Stufen am Eingang, Rampe auf Anfrage.",
};

export function publicEvent(eventOverrides: Partial<EventRow> = {}, overrides: Partial<PublicEvent> = {}): PublicEvent {
  const event: EventRow = {
    id: 7,
    slug: "asylrecht-grundlagen",
    title: "Asylrecht: Grundlagen",
    summary: "Ein Überblick über das Asylverfahren.",
    description: "Ausführliche Beschreibung.\n\nZweiter Absatz.",
    titleEn: null,
    summaryEn: null,
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
    openAfterStart: false,
    certificateThresholdPercent: 75,
    attendanceClosedAt: null,
    attendanceClosedByAccountId: null,
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
      ...publicVenueFacts,
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
