import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

/**
 * Membership of a supervision group is confidential: the names of members and applicants and what
 * applicants wrote never reach a public page's data, the iCal feeds or the JSON API, and no other
 * partner organisation reads them. The group's organisation and the city's office do.
 */

const now = new Date("2026-11-25T12:00:00Z");
const secrets = { applicantFirst: "Zephyrine", applicantLast: "Quastenflosser", motivation: "Vertraulich-Motivation-7Q2X", memberFirst: "Wendelin", memberLast: "Murmelgrund" };

let c: AuthzContext;
let group: { id: number; slug: string };

/** Fails if any of the secrets appears in `value` (serialised as JSON when it is not text). */
function expectNoSecrets(where: string, value: unknown) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  for (const secret of Object.values(secrets)) expect(text.includes(secret), `${where} shows "${secret}"`).toBe(false);
}

beforeAll(async () => {
  c = await authzContext(now);
  const [format] = await c.db.select().from(c.t.formats).where(eq(c.t.formats.slug, "gruppensupervision"));
  [group] = await c.db
    .select({ id: c.t.events.id, slug: c.t.events.slug })
    .from(c.t.events)
    .where(and(eq(c.t.events.formatId, format.id), eq(c.t.events.status, "published"), gt(c.t.events.startsAt, now)))
    .orderBy(asc(c.t.events.startsAt))
    .limit(1);
  const person = (status: "applied" | "confirmed", first: string, last: string, motivation: string | null) => {
    const email = `${first}.${last}@example.org`.toLowerCase();
    return { eventId: group.id, status, firstName: first, lastName: last, email, emailNormalized: email, motivation, canAttendAll: true, consentVersion: "1", consentAt: now };
  };
  await c.db.insert(c.t.registrations).values([
    person("applied", secrets.applicantFirst, secrets.applicantLast, secrets.motivation),
    person("confirmed", secrets.memberFirst, secrets.memberLast, secrets.motivation),
  ]);
});

afterAll(() => c?.client.close());

describe("a supervision group in public", () => {
  it("is on the calendar, its page, the feeds and the API, without any member's or applicant's name or text", async () => {
    const pub = await import("@/lib/events/public-queries");
    const ics = await import("@/lib/events/ics");
    const api = await import("@/lib/events/api-representation");
    const filter = { format: "gruppensupervision" };

    const page = await pub.getPublicEvent(group.slug);
    expect(page?.event.id).toBe(group.id);
    expectNoSecrets("event page data", page);
    expectNoSecrets("event page .ics", ics.buildCalendar([ics.publicEventToIcsEvent(page!)]));

    const list = await pub.listPublicEvents(filter, now, 100);
    expect(list.entries.some((e) => e.id === group.id)).toBe(true);
    expectNoSecrets("calendar list", list);
    expectNoSecrets("API list", api.toApiEventList(list, { filter, pageSize: 100 }, now));
    expectNoSecrets("API event", api.toApiEventDetail(page!, now));

    const feed = await pub.listPublicEventsForFeed(filter, now);
    expect(feed.some((e) => e.id === group.id)).toBe(true);
    expectNoSecrets("iCal feed", ics.buildCalendar(feed));
    expectNoSecrets("iCal feed of everything", ics.buildCalendar(await pub.listPublicEventsForFeed({}, now)));

    const search = await pub.listPublicEvents({ q: secrets.applicantLast }, now);
    expect(search.total).toBe(0);
  });
});

describe("a supervision group in the signed-in area", () => {
  it("is refused to another partner organisation, in attendance and participant queries alike", async () => {
    const { AccessDenied } = await import("@/lib/auth/access");
    const { attendanceFigures } = await import("@/lib/attendance/queries");
    const participants = await import("@/lib/participants/queries");
    const { participantExportTable } = await import("@/lib/participants/export-table");
    const { signInSheet } = await import("@/lib/participants/sign-in-sheet");
    await expect(attendanceFigures(c.vhsAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(participants.listParticipants(c.vhsAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(participants.listSeatHolders(c.vhsAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(participantExportTable(c.vhsAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(signInSheet(c.vhsAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(attendanceFigures(c.foreignAdmin, group.id)).rejects.toBeInstanceOf(AccessDenied);
  });

  it("shows the office the members (attendance) and the applicants (participants)", async () => {
    const { attendanceFigures } = await import("@/lib/attendance/queries");
    const participants = await import("@/lib/participants/queries");
    const figures = await attendanceFigures(c.coordinator, group.id);
    expect(figures.members.map((m) => m.lastName)).toContain(secrets.memberLast);
    expect(figures.members.map((m) => m.lastName)).not.toContain(secrets.applicantLast);
    const list = await participants.listParticipants(c.coordinator, group.id);
    expect(list.participants.map((p) => p.lastName)).toEqual(expect.arrayContaining([secrets.memberLast, secrets.applicantLast]));
  });
});
