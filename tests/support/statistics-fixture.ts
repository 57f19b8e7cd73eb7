import type { BreakdownRow, EventRow, Statistics, StatisticsFilter } from "@/lib/statistics/types";

/**
 * A hand-made Statistics object for the report builders (XLSX, PDF): the year 2026 with `count`
 * events over four organisations and five formats, figures chosen so that sums are known. No
 * database: the builders are pure functions of this shape.
 */
const organisations = ["Volkshochschule am Rhein", "Wohlfahrtsverband Rheinhessen", "Stadtteilverein Neustadt", "Interkulturelles Zentrum Mainz-Gonsenheim e. V."];
const formats = ["Workshop", "Vortrag", "Seminarreihe", "Online-Seminar", "Exkursion"];
const titles = [
  "Asylrecht verständlich erklärt",
  "Traumasensibler Umgang mit Geflüchteten – Grundlagen für Ehrenamtliche in der Begleitung",
  "Deutschkurse begleiten",
  "Behördengänge: Jobcenter, Ausländerbehörde und Familienkasse",
  "Selbstfürsorge im Ehrenamt",
];

export function fixtureFilter(): StatisticsFilter {
  return {
    period: { from: new Date("2025-12-31T23:00:00Z"), to: new Date("2026-12-31T23:00:00Z"), label: "2026", kind: "year", params: { jahr: "2026" } },
  };
}

export function fixtureEvents(count = 40): EventRow[] {
  return Array.from({ length: count }, (_, i) => {
    const month = i % 12;
    const status: EventRow["status"] = i % 13 === 5 ? "cancelled" : month === 11 && i > 30 ? "planned" : "held";
    const held = status === "held";
    const sessions = 1 + (i % 3);
    return {
      id: 1000 + i,
      title: `${titles[i % titles.length]} (${i + 1})`,
      organisation: organisations[i % organisations.length],
      format: formats[i % formats.length],
      startsAt: new Date(Date.UTC(2026, month, 3 + (i % 20), 16, 0)),
      status,
      sessions,
      hoursOffered: sessions * 2.5,
      capacity: 20,
      confirmed: held ? 12 + (i % 9) : 0,
      stillWaiting: held && i % 4 === 0 ? 3 : 0,
      attended: held ? 10 + (i % 8) : 0,
      participantHours: held ? (10 + (i % 8)) * sessions * 2.5 : 0,
      certificates: held ? 9 + (i % 6) : 0,
      feedbackAnswers: held ? i % 7 : 0,
    };
  });
}

function breakdown(events: EventRow[], key: (e: EventRow) => string): BreakdownRow[] {
  const groups = new Map<string, EventRow[]>();
  for (const e of events.filter((e) => e.status === "held")) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups.entries()].map(([label, rows]) => {
    const sum = (pick: (e: EventRow) => number) => rows.reduce((a, e) => a + pick(e), 0);
    const seats = sum((e) => e.capacity);
    return {
      key: label,
      label,
      events: rows.length,
      hoursOffered: sum((e) => e.hoursOffered),
      seatsOffered: seats,
      registrations: sum((e) => e.confirmed + e.stillWaiting + 1),
      confirmed: sum((e) => e.confirmed),
      attended: sum((e) => e.attended),
      participantHours: sum((e) => e.participantHours),
      fillRate: seats > 0 ? sum((e) => e.confirmed) / seats : null,
    };
  });
}

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

export function fixtureStatistics(count = 40, filter: StatisticsFilter = fixtureFilter()): Statistics {
  const events = fixtureEvents(count);
  const held = events.filter((e) => e.status === "held");
  const sum = (pick: (e: EventRow) => number) => held.reduce((a, e) => a + pick(e), 0);
  const seats = sum((e) => e.capacity);
  const confirmed = sum((e) => e.confirmed);
  const byMonth = breakdown(events, (e) => MONTHS[e.startsAt.getUTCMonth()]);
  return {
    filter,
    organisationName: null,
    totals: {
      eventsHeld: held.length,
      eventsPlanned: events.filter((e) => e.status === "planned").length,
      eventsCancelled: events.filter((e) => e.status === "cancelled").length,
      sessions: sum((e) => e.sessions),
      hoursOffered: sum((e) => e.hoursOffered),
      seatsOffered: seats,
      registrations: sum((e) => e.confirmed + e.stillWaiting + 1),
      confirmed,
      stillWaiting: sum((e) => e.stillWaiting),
      fillRate: seats > 0 ? confirmed / seats : null,
      attended: sum((e) => e.attended),
      noShowRate: 0.125,
      participantHours: sum((e) => e.participantHours),
      distinctVolunteers: 312,
      firstTimeVolunteers: 141,
      initiativesReached: 23,
      initiativesListed: 31,
      certificatesIssued: sum((e) => e.certificates),
      feedback: { answers: sum((e) => e.feedbackAnswers), overallAverage: 4.3125, helpfulAverage: 4.05, recommendShare: 0.9 },
    },
    supervision: { groups: 3, sessions: 18, members: 27, presentMarks: 130, possibleMarks: 162 },
    byMonth: MONTHS.map((label) => byMonth.find((b) => b.label === label) ?? { key: label, label, events: 0, hoursOffered: 0, seatsOffered: 0, registrations: 0, confirmed: 0, attended: 0, participantHours: 0, fillRate: null }),
    byFormat: breakdown(events, (e) => e.format),
    byTopic: [...breakdown(events, (e) => (e.id % 2 ? "Recht und Behörden" : "Sprache")), ...breakdown(events, (e) => (e.id % 3 ? "Psychosoziales" : "Selbstfürsorge"))],
    byOrganisation: breakdown(events, (e) => e.organisation),
    byInitiative: [
      ...Array.from({ length: 15 }, (_, i) => ({ label: `Initiative ${String.fromCharCode(65 + i)} Mainz`, attendees: 40 - 2 * i })),
      { label: "weitere", attendees: 17 },
    ],
    events,
  };
}

/** The same shape with nothing in it: a period without events. */
export function emptyStatistics(filter: StatisticsFilter = fixtureFilter()): Statistics {
  const s = fixtureStatistics(0, filter);
  return { ...s, supervision: { groups: 0, sessions: 0, members: 0, presentMarks: 0, possibleMarks: 0 }, byInitiative: [], byMonth: [], totals: { ...s.totals, noShowRate: null, distinctVolunteers: 0, firstTimeVolunteers: 0, initiativesReached: 0, feedback: { answers: 0, overallAverage: null, helpfulAverage: null, recommendShare: null } } };
}
