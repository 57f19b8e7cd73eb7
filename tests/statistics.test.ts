import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

/**
 * Every figure of the statistics on a small hand-made programme whose right answers are known by
 * hand: an event with a cancelled registration, a promoted one, a no-show and a person still
 * waiting; a two-day course; a person in two events; a cancelled event; a planned one; a
 * supervision group. They belong to an organisation of their own, so the demo data does not count.
 */

const now = new Date("2026-11-25T12:00:00Z");
const H = 3600_000;
let c: AuthzContext;
let figures: typeof import("@/lib/statistics/figures");
let filters: typeof import("@/lib/statistics/filter");
let orgId: number;
let initiatives: number[];

beforeAll(async () => {
  c = await authzContext(now);
  figures = await import("@/lib/statistics/figures");
  filters = await import("@/lib/statistics/filter");
  const { t, db } = c;
  [{ id: orgId }] = await db.insert(t.organisations).values({ slug: "statistik-test", name: "Statistik-Testträger", kind: "partner" }).returning({ id: t.organisations.id });
  initiatives = (await db.select({ id: t.initiatives.id }).from(t.initiatives).limit(2)).map((i) => i.id);
  const [fortbildung] = await db.select().from(t.formats).where(eq(t.formats.slug, "fortbildung"));
  const [supervision] = await db.select().from(t.formats).where(eq(t.formats.isSupervision, true)).limit(1);
  const [topic] = await db.select().from(t.topics).limit(1);

  async function event(slug: string, options: { sessions: [string, number][]; capacity: number; status?: "published" | "cancelled"; closed?: boolean; formatId?: number }) {
    const sessions = options.sessions.map(([start, hours]) => ({ startsAt: new Date(start), endsAt: new Date(Date.parse(start) + hours * H) }));
    const [row] = await db
      .insert(t.events)
      .values({
        slug: `statistik-${slug}`, title: `Statistik ${slug}`, summary: "Test", description: "Test", formatId: options.formatId ?? fortbildung.id, organisationId: orgId, capacity: options.capacity,
        status: options.status ?? "published", startsAt: sessions[0].startsAt, endsAt: sessions[sessions.length - 1].endsAt, attendanceClosedAt: options.closed ? now : null,
      })
      .returning();
    const ids = (await db.insert(t.eventSessions).values(sessions.map((s) => ({ ...s, eventId: row.id }))).returning()).map((s) => s.id);
    await db.insert(t.eventTopics).values({ eventId: row.id, topicId: topic.id });
    return { id: row.id, sessionIds: ids };
  }
  async function person(eventId: number, name: string, status: "confirmed" | "attended" | "no_show" | "cancelled" | "waitlisted", marks: [number, "present" | "absent"][] = [], initiativeId: number | null = null) {
    const email = `${name}@statistik.example.org`;
    const [r] = await db.insert(t.registrations).values({ eventId, status, firstName: name, lastName: "Test", email, emailNormalized: email, initiativeId }).returning();
    for (const [sessionId, mark] of marks) await db.insert(t.sessionAttendance).values({ registrationId: r.id, sessionId, status: mark, recordedAt: now });
    return r.id;
  }

  // 2025: Anna's first training, so she is not new in 2026.
  const old = await event("2025", { sessions: [["2025-09-10T16:00:00Z", 2]], capacity: 10, closed: true });
  await person(old.id, "anna", "attended", [[old.sessionIds[0], "present"]]);
  // E1, March: Anna there, Ben not, Cleo cancelled, Dana moved up from the waiting list and came, Wim still waiting.
  const e1 = await event("e1", { sessions: [["2026-03-10T17:00:00Z", 2]], capacity: 10, closed: true });
  const anna1 = await person(e1.id, "anna", "attended", [[e1.sessionIds[0], "present"]], initiatives[0]);
  await person(e1.id, "ben", "no_show", [[e1.sessionIds[0], "absent"]]);
  await person(e1.id, "cleo", "cancelled");
  const dana = await person(e1.id, "dana", "attended", [[e1.sessionIds[0], "present"]], initiatives[0]);
  await db.update(t.registrations).set({ promotedAt: new Date("2026-03-01T10:00:00Z") }).where(eq(t.registrations.id, dana));
  await person(e1.id, "wim", "waitlisted");
  // E2, June: two days of three hours; Anna both, Emil the first, Finn no marks (attendance still open).
  const e2 = await event("e2", { sessions: [["2026-06-01T08:00:00Z", 3], ["2026-06-02T08:00:00Z", 3]], capacity: 5 });
  await person(e2.id, "anna", "confirmed", [[e2.sessionIds[0], "present"], [e2.sessionIds[1], "present"]], initiatives[0]);
  await person(e2.id, "emil", "confirmed", [[e2.sessionIds[0], "present"], [e2.sessionIds[1], "absent"]], initiatives[1]);
  await person(e2.id, "finn", "confirmed");
  // A cancelled event and a planned one.
  const e3 = await event("e3", { sessions: [["2026-04-01T16:00:00Z", 2]], capacity: 8, status: "cancelled" });
  await person(e3.id, "gita", "cancelled");
  await event("e4", { sessions: [["2026-12-10T16:00:00Z", 2]], capacity: 12 });
  // A supervision group in May: two sessions, two members, three present marks.
  const g = await event("gruppe", { sessions: [["2026-05-01T16:00:00Z", 2], ["2026-05-08T16:00:00Z", 2]], capacity: 6, formatId: supervision.id });
  await person(g.id, "hana", "confirmed", [[g.sessionIds[0], "present"], [g.sessionIds[1], "present"]]);
  await person(g.id, "ivo", "confirmed", [[g.sessionIds[0], "present"], [g.sessionIds[1], "absent"]]);
  // One valid certificate (and a superseded one), three feedback answers on E1.
  await db.insert(t.certificates).values([
    { registrationId: anna1, eventId: e1.id, codeSeed: "a", codeHash: "statistik-a", sessionIds: e1.sessionIds, minutesAttended: 120, status: "superseded", issuedAt: now },
    { registrationId: anna1, eventId: e1.id, codeSeed: "b", codeHash: "statistik-b", sessionIds: e1.sessionIds, minutesAttended: 120, status: "valid", issuedAt: now },
  ]);
  await db.insert(t.feedbackAnswers).values([
    { id: "statistik-1", eventId: e1.id, answeredOn: "2026-03-12", overall: 5, helpful: 4, wouldRecommend: true },
    { id: "statistik-2", eventId: e1.id, answeredOn: "2026-03-12", overall: 4, helpful: 4, wouldRecommend: true },
    { id: "statistik-3", eventId: e1.id, answeredOn: "2026-03-13", overall: 3, helpful: 2, wouldRecommend: false },
  ]);
});

afterAll(() => c?.client.close());

const officeStats = (query: Record<string, string>) => figures.statisticsFor(c.coordinator, filters.statisticsFilterFor(c.coordinator, { traeger: String(orgId), ...query }, now).filter, now);

describe("the figures of a year", () => {
  it("count events, hours, seats, registrations, attendance and people as defined", async () => {
    const s = await officeStats({ jahr: "2026" });
    expect(s.organisationName).toBe("Statistik-Testträger");
    expect(s.totals).toEqual({
      eventsHeld: 2,
      eventsPlanned: 1,
      eventsCancelled: 1,
      sessions: 3,
      hoursOffered: 8,
      seatsOffered: 15,
      registrations: 8,
      confirmed: 6,
      stillWaiting: 1,
      fillRate: 0.4,
      attended: 4,
      // Only E1 is closed: Ben of three seat holders stayed away.
      noShowRate: 0.3333,
      participantHours: 13,
      distinctVolunteers: 3,
      firstTimeVolunteers: 2,
      initiativesReached: 2,
      initiativesListed: expect.any(Number),
      certificatesIssued: 1,
      feedback: { answers: 3, overallAverage: 4, helpfulAverage: 3.33, recommendShare: 0.6667 },
    });
    expect(s.supervision).toEqual({ groups: 1, sessions: 2, members: 2, presentMarks: 3, possibleMarks: 4 });
  });

  it("breaks them down by month (every month, zeros included), format, topic and organisation, without names of people", async () => {
    const s = await officeStats({ jahr: "2026" });
    expect(s.byMonth.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    expect(s.byMonth.find((m) => m.key === "2026-03")).toMatchObject({ label: "März 2026", events: 1, registrations: 5, confirmed: 3, attended: 2, participantHours: 4, fillRate: 0.3 });
    expect(s.byMonth.find((m) => m.key === "2026-06")).toMatchObject({ events: 1, hoursOffered: 6, attended: 2, participantHours: 9 });
    expect(s.byMonth.find((m) => m.key === "2026-01")).toMatchObject({ events: 0, fillRate: null });
    expect(s.byFormat).toEqual([expect.objectContaining({ label: "Fortbildung", events: 2, hoursOffered: 8 })]);
    expect(s.byTopic).toHaveLength(1);
    expect(s.byTopic[0]).toMatchObject({ events: 2, attended: 4 });
    expect(s.byOrganisation).toEqual([expect.objectContaining({ label: "Statistik-Testträger", events: 2, seatsOffered: 15, confirmed: 6 })]);
    expect(s.byInitiative.map((i) => i.attendees)).toEqual([2, 1]);
    expect(s.events.map((e) => [e.title, e.status])).toEqual([
      ["Statistik e1", "held"],
      ["Statistik e3", "cancelled"],
      ["Statistik e2", "held"],
      ["Statistik e4", "planned"],
    ]);
    expect(JSON.stringify(s)).not.toMatch(/anna|statistik\.example\.org/);
  });

  it("gives a quarter, a month and a range their own share", async () => {
    expect((await officeStats({ jahr: "2026", quartal: "1" })).totals).toMatchObject({ eventsHeld: 1, registrations: 5, attended: 2 });
    expect((await officeStats({ monat: "2026-06" })).totals).toMatchObject({ eventsHeld: 1, attended: 2, participantHours: 9, firstTimeVolunteers: 1 });
    const range = await officeStats({ von: "2026-03-10", bis: "2026-06-01" });
    expect(range.totals).toMatchObject({ eventsHeld: 2, eventsCancelled: 1 });
    expect(range.filter.period.label).toBe("10. März 2026 bis 1. Juni 2026");
  });

  it("shows zeros for a period without data, never an error", async () => {
    const s = await officeStats({ jahr: "2001" });
    expect(s.totals).toMatchObject({ eventsHeld: 0, registrations: 0, fillRate: null, noShowRate: null, distinctVolunteers: 0, feedback: { answers: 0, overallAverage: null, helpfulAverage: null, recommendShare: null } });
    expect(s.byMonth).toHaveLength(12);
    expect(s.events).toEqual([]);
  });

  it("keeps a partner to its own organisation, whatever it asks for", async () => {
    const { filter } = filters.statisticsFilterFor(c.vhsAdmin, { jahr: "2026", traeger: String(orgId) }, now);
    expect(filter.organisationId).toBe(c.vhsAdmin.organisationId);
    // Even a filter built by hand with another organisation is narrowed in the data layer.
    const s = await figures.statisticsFor(c.vhsAdmin, { ...filter, organisationId: orgId }, now);
    expect(s.organisationName).toBe(c.vhsAdmin.organisationName);
    expect(s.events.some((e) => e.title.startsWith("Statistik "))).toBe(false);
    expect(s.byOrganisation.map((o) => o.label)).toEqual(s.byOrganisation.length ? [c.vhsAdmin.organisationName] : []);
  });

  it("hides feedback averages under three answers", async () => {
    await c.db.delete(c.t.feedbackAnswers).where(eq(c.t.feedbackAnswers.id, "statistik-3"));
    const s = await officeStats({ jahr: "2026" });
    expect(s.totals.feedback).toEqual({ answers: 2, overallAverage: null, helpfulAverage: null, recommendShare: null });
  });

  it("refuses bad periods with a German message per field", () => {
    const { errors } = filters.statisticsFilterFor(c.coordinator, { jahr: "20x6", monat: "2026-13" }, now);
    expect(errors).toEqual({ jahr: "Bitte geben Sie ein Jahr zwischen 2000 und 2100 an.", monat: "Bitte geben Sie einen Monat im Format JJJJ-MM an." });
    expect(filters.statisticsFilterFor(c.coordinator, { von: "2026-05-01", bis: "2026-04-01" }, now).errors).toEqual({ bis: "Das Ende des Zeitraums muss nach dem Anfang liegen." });
    expect(filters.statisticsFilterFor(c.coordinator, {}, now).filter.period.label).toBe("2026");
  });
});
