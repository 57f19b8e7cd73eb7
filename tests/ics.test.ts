import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { buildCalendar, publicEventToIcsEvent } from "@/lib/events/ics";
import type { FeedEvent, PublicEvent } from "@/lib/events/public-queries";
import { localDateTime } from "@/lib/dates/berlin";
import { city } from "@/lib/config/city";
import { reloadSettingsForTests } from "@/lib/config/env";

const PUBLIC_URL = "https://fortbildung.mainz.example";
let previousPublicUrl: string | undefined;

beforeAll(() => {
  previousPublicUrl = process.env.PUBLIC_URL;
  reloadSettingsForTests({ PUBLIC_URL });
});
afterAll(() => {
  reloadSettingsForTests({ PUBLIC_URL: previousPublicUrl });
});

type Session = FeedEvent["sessions"][number];

/** A full FeedEvent as listPublicEventsForFeed returns it; sessions are given as [start, end]. */
function feedEvent(
  id: number,
  sessions: [Date, Date][],
  overrides: Partial<Omit<FeedEvent, "sessions">> = {},
): FeedEvent {
  const sessionRows: Session[] = sessions.map(([startsAt, endsAt], i) => ({
    id: id * 100 + i + 1,
    eventId: id,
    startsAt,
    endsAt,
    note: null,
  }));
  return {
    id,
    slug: `veranstaltung-${id}`,
    title: `Veranstaltung ${id}`,
    summary: "Eine kurze Zusammenfassung.",
    titleEn: null,
    summaryEn: null,
    status: "published",
    startsAt: sessions[0][0],
    endsAt: sessions[sessions.length - 1][1],
    attendanceMode: "in_person",
    formatSlug: "workshop",
    venueName: "Haus der Jugend",
    venueCity: "Mainz",
    sequence: 0,
    updatedAt: new Date(Date.UTC(2026, 0, 15, 9, 30, 0)),
    venueStreet: "Mitternacht 8",
    venuePostalCode: "55116",
    ...overrides,
    sessions: sessionRows,
  };
}

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const components = root.getAllSubcomponents("vevent");
  return { root, components, events: components.map((c) => new ICAL.Event(c)) };
}

function stringValue(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== "string") throw new Error(`${name} is not a text value`);
  return value;
}

/** RFC 5545 TEXT unescaping, for properties that ical.js does not know. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The unfolded content lines, to check how a property was written. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

const oneDay = (d: number, h: number, durationH = 3): [Date, Date] => [
  localDateTime(2026, 5, d, h, 0),
  localDateTime(2026, 5, d, h + durationH, 0),
];

describe("buildCalendar", () => {
  it("writes one VEVENT per session, numbered in the summary when there are several", () => {
    const series = feedEvent(1, [oneDay(4, 18), oneDay(11, 18), oneDay(18, 18)], { title: "Asylrecht kompakt" });
    const single = feedEvent(2, [oneDay(6, 10)], { title: "Erste Hilfe" });
    const { events } = parse(buildCalendar([series, single]));

    expect(events).toHaveLength(4);
    expect(events.map((e) => e.summary)).toEqual([
      "Asylrecht kompakt (Termin 1 von 3)",
      "Asylrecht kompakt (Termin 2 von 3)",
      "Asylrecht kompakt (Termin 3 von 3)",
      "Erste Hilfe",
    ]);
    expect(events.map((e) => e.uid)).toEqual([
      "event-1-session-101@fortbildung.mainz.example",
      "event-1-session-102@fortbildung.mainz.example",
      "event-1-session-103@fortbildung.mainz.example",
      "event-2-session-201@fortbildung.mainz.example",
    ]);
    expect(events.map((e) => e.startDate.toJSDate())).toEqual([
      series.sessions[0].startsAt,
      series.sessions[1].startsAt,
      series.sessions[2].startsAt,
      single.sessions[0].startsAt,
    ]);
  });

  it("keeps UIDs stable across builds, whatever else is in the feed", () => {
    const a = feedEvent(7, [oneDay(4, 18), oneDay(11, 18)]);
    const b = feedEvent(8, [oneDay(5, 9)]);
    const first = buildCalendar([a, b]);
    const second = buildCalendar([a, b]);
    expect(second).toBe(first); // deterministic: no random UIDs, no "now" as DTSTAMP

    const alone = parse(buildCalendar([a])).events.map((e) => e.uid);
    expect(parse(first).events.slice(0, 2).map((e) => e.uid)).toEqual(alone);
  });

  it("assembles a feed from kept blocks exactly as the generator writes it, and notices a change", () => {
    const events = [feedEvent(21, [oneDay(4, 18), oneDay(11, 18)], { title: "Asylrecht, kompakt; mit Umlauten äöü" }), feedEvent(22, [oneDay(6, 10)])];
    // A name given goes through the generator itself (the single event's download does so).
    const reference = buildCalendar(events, { name: city.programmeName });
    expect(buildCalendar(events)).toBe(reference);
    expect(buildCalendar(events)).toBe(reference); // the second time from the kept blocks
    const renamed = [{ ...events[0], title: "Asylrecht neu" }, events[1]];
    expect(buildCalendar(renamed)).toBe(buildCalendar(renamed, { name: city.programmeName }));
    expect(buildCalendar(renamed)).toContain("Asylrecht neu");
  });

  it("carries the event's sequence and update time", () => {
    const updatedAt = new Date(Date.UTC(2026, 3, 2, 14, 5, 7));
    const ics = buildCalendar([feedEvent(3, [oneDay(4, 18)], { sequence: 4, updatedAt })]);
    const { components, events } = parse(ics);
    expect(events[0].sequence).toBe(4);
    const lines = contentLines(ics);
    expect(lines).toContain("SEQUENCE:4");
    // DTSTAMP and LAST-MODIFIED must be UTC ("Z"), never floating.
    expect(lines).toContain("DTSTAMP:20260402T140507Z");
    expect(lines).toContain("LAST-MODIFIED:20260402T140507Z");
    const stamp = components[0].getFirstPropertyValue("dtstamp");
    expect(stamp instanceof ICAL.Time && stamp.toJSDate()).toEqual(updatedAt);
  });

  it("marks cancelled events CANCELLED and the others CONFIRMED", () => {
    const { components } = parse(
      buildCalendar([
        feedEvent(4, [oneDay(4, 18), oneDay(5, 18)], { status: "cancelled" }),
        feedEvent(5, [oneDay(6, 18)]),
      ]),
    );
    expect(components.map((c) => stringValue(c, "status"))).toEqual(["CANCELLED", "CANCELLED", "CONFIRMED"]);
  });

  it("writes times in Europe/Berlin with a VTIMEZONE, right across both daylight-saving changes", () => {
    // Spring: the night of 2026-03-29 loses the hour 02:00–03:00; autumn: 2026-10-25 repeats 02:00–03:00.
    const spring: [Date, Date] = [localDateTime(2026, 3, 28, 22, 0), localDateTime(2026, 3, 29, 4, 0)];
    const autumn: [Date, Date] = [localDateTime(2026, 10, 25, 1, 0), localDateTime(2026, 10, 25, 4, 0)];
    // The fixtures themselves, checked against hand-computed UTC instants.
    expect(spring.map((d) => d.toISOString())).toEqual(["2026-03-28T21:00:00.000Z", "2026-03-29T02:00:00.000Z"]);
    expect(autumn.map((d) => d.toISOString())).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-25T03:00:00.000Z"]);

    const ics = buildCalendar([feedEvent(10, [spring]), feedEvent(11, [autumn])]);
    const lines = contentLines(ics);
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20260328T220000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20260329T040000");
    expect(lines).toContain("DTSTART;TZID=Europe/Berlin:20261025T010000");
    expect(lines).toContain("DTEND;TZID=Europe/Berlin:20261025T040000");

    const { root, components, events } = parse(ics);
    const zones = root.getAllSubcomponents("vtimezone");
    expect(zones.map((z) => stringValue(z, "tzid"))).toEqual(["Europe/Berlin"]);

    for (const component of components) {
      expect(component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
      expect(component.getFirstProperty("dtend")?.getParameter("tzid")).toBe("Europe/Berlin");
    }
    // ical.js resolves the TZID through the file's own VTIMEZONE (not floating, not the host zone).
    expect(events[0].startDate.zone?.tzid).toBe("Europe/Berlin");
    expect([events[0].startDate.toJSDate(), events[0].endDate.toJSDate()]).toEqual(spring);
    expect([events[1].startDate.toJSDate(), events[1].endDate.toJSDate()]).toEqual(autumn);
    // Five real hours in the short night, four in the long one.
    expect(events[0].duration.toSeconds()).toBe(5 * 3600);
    expect(events[1].duration.toSeconds()).toBe(4 * 3600);
  });

  it("does not depend on the server's own time zone", () => {
    const fixtures = [feedEvent(12, [[localDateTime(2026, 3, 28, 22, 0), localDateTime(2026, 3, 29, 4, 0)]])];
    const previous = process.env.TZ;
    try {
      process.env.TZ = "UTC";
      const utc = buildCalendar(fixtures);
      process.env.TZ = "America/New_York";
      const newYork = buildCalendar(fixtures);
      expect(newYork).toBe(utc);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it("folds long lines at 75 octets and reads them back intact", () => {
    const summary =
      "Über Aufenthaltsrecht, Duldung und Ausbildungsduldung – was Ehrenamtliche wissen müssen. ".repeat(8) +
      "Mit Beispielen aus der Beratungspraxis in Mainz 🇩🇪 und Zeit für Fragen.";
    const ics = buildCalendar([feedEvent(20, [oneDay(4, 18)], { summary, title: "Ä".repeat(60) })]);

    const physicalLines = ics.split("\r\n");
    for (const line of physicalLines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(physicalLines.some((line) => line.startsWith(" "))).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/); // only CRLF line breaks
    expect(ics.includes("\uFFFD")).toBe(false); // no multi-byte character cut in half

    const [event] = parse(ics).events;
    expect(event.description).toBe(`${summary}\n\n${PUBLIC_URL}/veranstaltungen/veranstaltung-20`);
    expect(event.summary).toBe("Ä".repeat(60));
  });

  it("escapes commas, semicolons, backslashes and newlines in text", () => {
    const title = "Recht, Praxis; Haltung \\ Teil 1";
    const summary = "Erste Zeile, mit Komma;\nzweite Zeile\r\nund eine dritte.";
    const ics = buildCalendar(
      [
        feedEvent(30, [oneDay(4, 18)], {
          title,
          summary,
          venueName: "Rathaus, Ratssaal; Eingang B",
        }),
      ],
      { name: "Mainz, Fortbildungen; alle" },
    );
    const lines = contentLines(ics);
    expect(lines).toContain("SUMMARY:Recht\\, Praxis\\; Haltung \\\\ Teil 1");
    expect(lines).toContain("X-WR-CALNAME:Mainz\\, Fortbildungen\\; alle");

    const { root, events } = parse(ics);
    expect(events[0].summary).toBe(title);
    expect(events[0].description).toBe(
      `Erste Zeile, mit Komma;\nzweite Zeile\nund eine dritte.\n\n${PUBLIC_URL}/veranstaltungen/veranstaltung-30`,
    );
    expect(events[0].location).toBe("Rathaus, Ratssaal; Eingang B, Mitternacht 8, 55116 Mainz");
    // ical.js leaves X- properties raw; calendar apps read X-WR-CALNAME as TEXT (RFC 5545 3.3.11).
    expect(unescapeText(stringValue(root, "x-wr-calname"))).toBe("Mainz, Fortbildungen; alle");
  });

  it("names the place, or 'Online' for online-only events, and links the event page", () => {
    // A row that carries its meeting link (the feed's query does not select it).
    const online = {
      ...feedEvent(41, [oneDay(5, 18)], { attendanceMode: "online", venueName: null, venueStreet: null, venuePostalCode: null, venueCity: null }),
      onlineUrl: "https://meet.example/raum",
    };
    const { components, events } = parse(buildCalendar([feedEvent(40, [oneDay(4, 18)]), online]));
    expect(events.map((e) => e.location)).toEqual(["Haus der Jugend, Mitternacht 8, 55116 Mainz", "Online"]);
    expect(stringValue(components[1], "url")).toBe(`${PUBLIC_URL}/veranstaltungen/veranstaltung-41`);
    // The meeting link is for registered participants only and never goes into the public feed.
    expect(JSON.stringify(components[1].toJSON())).not.toContain("meet.example");
  });

  it("names the calendar after the programme and identifies the product", () => {
    const ics = buildCalendar([feedEvent(50, [oneDay(4, 18)])]);
    const { root } = parse(ics);
    expect(stringValue(root, "x-wr-calname")).toBe(city.programmeName);
    expect(stringValue(root, "prodid")).toBe("-//Stadt Mainz//Fortbildungskalender//DE");
    expect(stringValue(root, "version")).toBe("2.0");
  });

  it("builds the same VEVENTs from a single public event as from the feed", () => {
    const feed = feedEvent(60, [oneDay(4, 18), oneDay(11, 18)], { sequence: 2, status: "cancelled" });
    const { sessions, ...row } = feed;
    const publicEvent: PublicEvent = {
      listed: true,
      event: {
        id: row.id,
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        description: "Lange Beschreibung.",
        titleEn: null,
        summaryEn: null,
        formatId: 1,
        organisationId: 1,
        seriesId: null,
        trainer: null,
        targetGroup: null,
        attendanceMode: row.attendanceMode,
        venueId: 1,
        onlineUrl: null,
        capacity: 20,
        registrationOpensAt: null,
        registrationClosesAt: null,
        registrationClosed: false,
        status: row.status,
        cancellationReason: "Krankheit",
        reminderEnabled: true,
        openAfterStart: false,
        certificateThresholdPercent: 75,
        attendanceClosedAt: null,
        attendanceClosedByAccountId: null,
        sequence: row.sequence,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        publishedAt: row.updatedAt,
        createdAt: row.updatedAt,
        updatedAt: row.updatedAt,
      },
      format: { name: "Workshop", slug: "workshop", isSupervision: false },
      organisation: { name: "Caritas Mainz", slug: "caritas-mainz", email: null, phone: null, website: null },
      venue: {
        id: 1,
        name: "Haus der Jugend",
        street: "Mitternacht 8",
        postalCode: "55116",
        city: "Mainz",
        room: null,
        stepFree: true,
        accessibilityNotes: null,
        directions: null,
        organisationId: null,
        createdAt: row.updatedAt,
        updatedAt: row.updatedAt,
      },
      sessions,
      topics: [],
      languages: ["de"],
      seatsTaken: 0,
    };
    expect(buildCalendar([publicEventToIcsEvent(publicEvent)])).toBe(buildCalendar([feed]));
  });
});
