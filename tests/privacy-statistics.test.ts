import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Anonymising a period does not change its statistics: a hand-made year 2024 (people in several
 * events, a person registered by phone without an address, no-shows, a waiting list, a supervision
 * group, certificates, initiatives, someone who first came in December 2023) is computed, then every
 * registration of it is anonymised by the retention job, and the statistics are computed again:
 * identical, distinct and first-time volunteers included.
 *
 * The 2023 registration is anonymised by an EARLIER run, before the first computation: a person
 * anonymised in two runs counts as two people (docs/data-protection.md), so the statistics are
 * compared across one run.
 */

const now = new Date("2026-11-25T12:00:00Z");

let c: AuthzContext;
let figures: typeof import("@/lib/statistics/figures");
let filters: typeof import("@/lib/statistics/filter");
let retention: typeof import("@/lib/privacy/retention");
const fixtureIds: number[] = [];

type Person = { first: string; last: string; email: string | null; initiative?: number | null };

/** An event of `sessions` weekly sessions from `start`, with these people; `marks[i]` is person i's presence per session ("x" present, "-" absent). */
async function event(start: string, people: Person[], marks: string[], options: { supervision?: boolean; statuses?: ("confirmed" | "waitlisted" | "no_show" | "attended" | "cancelled")[] } = {}) {
  const sessions = Math.max(1, ...marks.map((m) => m.length));
  const g = await insertSupervisionGroup(c, {
    organisationId: c.vhsAdmin.organisationId,
    firstStart: new Date(start),
    people: people.map((_, i) => options.statuses?.[i] ?? "confirmed"),
    sessions,
    supervision: options.supervision ?? false,
  });
  for (const [i, p] of people.entries()) {
    const id = g.registrationIds[i];
    fixtureIds.push(id);
    await c.db
      .update(c.t.registrations)
      .set({ firstName: p.first, lastName: p.last, email: p.email, emailNormalized: p.email?.toLowerCase() ?? null, initiativeId: p.initiative ?? null, phone: p.email ? null : "06131 55555" })
      .where(eq(c.t.registrations.id, id));
    const pattern = marks[i] ?? "";
    for (const [s, ch] of [...pattern].entries()) {
      await c.db.insert(c.t.sessionAttendance).values({ registrationId: id, sessionId: g.sessionIds[s], status: ch === "x" ? "present" : "absent", recordedAt: new Date(start) });
    }
  }
  return g;
}

/** The summaries the statistics read (person_key, person_first_attendance, event_figures), straight from SQL. */
async function summaries() {
  const from = new Date("2023-12-31T23:00:00Z").getTime();
  const to = new Date("2024-12-31T23:00:00Z").getTime();
  const rs = await c.client.execute({
    sql: `with att as (select r.person_key from registrations r join events e on e.id = r.event_id
            where e.starts_at >= ? and e.starts_at < ? and r.status in ('confirmed', 'attended', 'no_show') and r.present_sessions > 0)
          select (select count(distinct person_key) from att) as people,
            (select count(*) from person_first_attendance where first_attended_at >= ? and first_attended_at < ? and person_key in (select person_key from att)) as firstTimers,
            (select group_concat(registrations || '/' || seats || '/' || attended || '/' || ms_attended || '/' || certificates || '/' || feedback) from event_figures where event_id in (select id from events where starts_at >= ? and starts_at < ?)) as figures`,
    args: [from, to, from, to, from, to],
  });
  return rs.rows[0];
}

const stats2024 = () => figures.statisticsFor(c.coordinator, filters.statisticsFilterFor(c.coordinator, { jahr: "2024" }, now).filter, now);

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example", RETENTION_MONTHS: "12" });
  figures = await import("@/lib/statistics/figures");
  filters = await import("@/lib/statistics/filter");
  retention = await import("@/lib/privacy/retention");
  const initiatives = (await c.db.select({ id: c.t.initiatives.id }).from(c.t.initiatives).limit(3)).map((i) => i.id);

  const anna: Person = { first: "Anna", last: "Alt", email: "Anna.Alt@example.org", initiative: initiatives[0] };
  const ben: Person = { first: "Ben", last: "Berg", email: "ben@example.org", initiative: initiatives[1] };
  const carl: Person = { first: "Carl", last: "Telefon", email: null, initiative: initiatives[2] };
  const dora: Person = { first: "Dora", last: "Dorn", email: "dora@example.org" };
  const emil: Person = { first: "Emil", last: "Eck", email: "emil@example.org", initiative: initiatives[0] };
  const frida: Person = { first: "Frida", last: "Früh", email: "frida@example.org", initiative: initiatives[1] };
  const gina: Person = { first: "Gina", last: "Gruppe", email: "gina@example.org" };
  const hans: Person = { first: "Hans", last: "Hansen", email: "hans@example.org", initiative: initiatives[2] };

  // 2023: Frida's first attendance, before the period.
  await event("2023-10-10T16:00:00Z", [frida], ["x"]);
  // December 2023: Hans's first attendance, anonymised in the same run as 2024 (so he is no first-timer before or after).
  await event("2023-12-15T16:00:00Z", [hans], ["x"]);
  // 2024: Anna three times (upper and lower case address), Carl twice by name only, Dora a no-show,
  // Emil on the waiting list, a supervision group, Frida again.
  const course = await event("2024-03-05T16:00:00Z", [anna, ben, carl, dora], ["xx", "x-", "xx", "--"], { statuses: ["attended", "attended", "attended", "no_show"] });
  await event("2024-06-10T15:00:00Z", [{ ...anna, email: "anna.alt@EXAMPLE.org" }, carl, emil], ["x", "x", ""], { statuses: ["attended", "attended", "waitlisted"] });
  await event("2024-09-02T16:00:00Z", [anna, gina], ["xxx", "x-x"], { supervision: true });
  await event("2024-11-12T17:00:00Z", [frida, ben, hans], ["x", "-", "x"]);
  // A certificate for Anna and Ben of the course, and three feedback answers.
  for (const [i, id] of course.registrationIds.slice(0, 2).entries()) {
    await c.db.insert(c.t.certificates).values({ registrationId: id, eventId: course.event.id, codeSeed: `seed-${i}`, codeHash: `hash-${id}`, sessionIds: course.sessionIds, minutesAttended: 240, issuedAt: new Date("2024-03-13T12:00:00Z") });
  }
  for (let i = 0; i < 3; i++) {
    await c.db.insert(c.t.feedbackAnswers).values({ id: `fb-${i}`, eventId: course.event.id, answeredOn: "2024-03-14", overall: 4 + (i % 2), helpful: 5, wouldRecommend: true, comment: null });
  }
  // An earlier run: the 2023 registration is anonymised a year before the rest.
  expect((await retention.runRetention({ now: new Date("2024-12-01T12:00:00Z") })).counts.registrations).toBe(1);
}, 120_000);

afterAll(() => c?.client.close());

describe("statistics of an anonymised period", () => {
  it("are identical before and after every registration of the period is anonymised", async () => {
    const before = await stats2024();
    const summariesBefore = await summaries();
    // With the supervision group: Gina too; first attendance in 2024 for all but Hans.
    expect([Number(summariesBefore.people), Number(summariesBefore.firstTimers)]).toEqual([6, 5]);
    // The fixture is not trivial: people counted once across events, a first-timer rule at work.
    expect(before.totals.eventsHeld).toBe(3);
    expect(before.totals.distinctVolunteers).toBe(5);
    // Anna, Ben, Carl and Frida (whose 2023 attendance an earlier run anonymised); not Hans.
    expect(before.totals.firstTimeVolunteers).toBe(4);
    expect(before.totals.certificatesIssued).toBe(2);
    const result = await retention.runRetention({ now: new Date("2026-01-15T12:00:00Z") });
    expect(result.counts.registrations).toBe(fixtureIds.length - 1);
    const rows = await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, fixtureIds));
    expect(rows.every((r) => r.anonymisedAt !== null && r.email === null && r.personKey?.startsWith("anon:"))).toBe(true);
    expect(await summaries()).toEqual(summariesBefore);
    expect(await stats2024()).toEqual(before);
  });
});
