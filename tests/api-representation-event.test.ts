import { describe, expect, it } from "vitest";
import { localDateTime } from "@/lib/dates/berlin";
import { apiEventDetailSchema, apiEventSummarySchema, toApiEventDetail, toApiEventSummary } from "@/lib/events/api-representation";
import type { PublicEvent } from "@/lib/events/public-queries";
import { BASE, beforeAll2026, entry, publicEvent, publicVenueFacts, stubPublicUrlPerTest, winterEnd, winterStart } from "./support/api-fixtures";

/** The public API's representation of one event: in a list (summary) and on its own (detail). */

stubPublicUrlPerTest();

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
      venue: publicVenueFacts,
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
