import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

/**
 * Undoing a check-in mark (a wrong tap): the person is "offen" again. Authorised like marking, one
 * transaction with an audit entry, and at a single-session event the status goes back to confirmed.
 */
const now = new Date("2026-11-25T12:00:00Z");
let c: AuthzContext;
let add: typeof import("@/lib/participants/add-participant");
let attendance: typeof import("@/lib/participants/attendance");
let queries: typeof import("@/lib/participants/queries");
let schemas: typeof import("@/lib/participants/schemas-server");
let access: typeof import("@/lib/auth/access");

beforeAll(async () => {
  c = await authzContext(now);
  add = await import("@/lib/participants/add-participant");
  attendance = await import("@/lib/participants/attendance");
  queries = await import("@/lib/participants/queries");
  schemas = await import("@/lib/participants/schemas-server");
  access = await import("@/lib/auth/access");
});

let counter = 0;
/** A published single-session event of an organisation, starting an hour after `now`. */
async function event(organisationId: number) {
  const [format] = await c.db.select().from(c.t.formats).limit(1);
  const startsAt = new Date(now.getTime() + 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + 7200 * 1000);
  const [row] = await c.db
    .insert(c.t.events)
    .values({ slug: `undo-test-${++counter}`, title: `Rückgängig ${counter}`, summary: "s", description: "d", formatId: format.id, organisationId, capacity: 5, status: "published", startsAt, endsAt })
    .returning();
  await c.db.insert(c.t.eventSessions).values({ eventId: row.id, startsAt, endsAt });
  return row;
}

async function person(actor: AuthzContext["vhsAdmin"], eventId: number) {
  const input = schemas.addParticipantSchema.parse({ eventId: String(eventId), firstName: "Ulla", lastName: `Undo ${"abcdefghij"[++counter % 10]}`, email: "", phone: "06131 1", initiative: "keine", initiativeOther: "", accessibilityNeeds: "", note: "" });
  const result = await add.addParticipantByHand(actor, input, now);
  if (result.kind !== "added") throw new Error(result.kind);
  return result.registrationId;
}

const registration = async (id: number) => (await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, id)))[0];
const marks = (id: number) => c.db.select().from(c.t.sessionAttendance).where(eq(c.t.sessionAttendance.registrationId, id));
const audit = (id: number) =>
  c.db
    .select()
    .from(c.t.auditLog)
    .where(and(eq(c.t.auditLog.entityType, "registration"), eq(c.t.auditLog.entityId, id), eq(c.t.auditLog.action, "registration.session_attendance")));

describe("undoing a check-in mark", () => {
  it("deletes the mark, puts the status back to confirmed, counts no longer count it, and audits it", async () => {
    const e = await event(c.vhsAdmin.organisationId);
    const id = await person(c.vhsOrganiser, e.id);
    const at = new Date(now.getTime() + 60_000);
    expect(await attendance.markAttendance(c.vhsOrganiser, { eventId: e.id, registrationId: id, attendance: "attended" }, at)).toBe("marked");
    expect((await queries.listSeatHolders(c.vhsOrganiser, e.id)).seats).toMatchObject({ attended: 1 });

    expect(await attendance.clearAttendance(c.vhsOrganiser, { eventId: e.id, registrationId: id }, at)).toBe("cleared");
    expect(await marks(id)).toEqual([]);
    expect(await registration(id)).toMatchObject({ status: "confirmed", checkedInAt: null });
    expect((await queries.listSeatHolders(c.vhsOrganiser, e.id)).seats).toMatchObject({ taken: 1, attended: 0 });
    const entries = await audit(id);
    expect(entries).toHaveLength(2);
    expect(entries.at(-1)).toMatchObject({ before: { status: "present" }, after: { status: null } });

    // Nothing to undo: unchanged, no further audit entry. A "nicht da" can be undone the same way.
    expect(await attendance.clearAttendance(c.vhsOrganiser, { eventId: e.id, registrationId: id }, at)).toBe("unchanged");
    expect(await audit(id)).toHaveLength(2);
    await attendance.markAttendance(c.vhsOrganiser, { eventId: e.id, registrationId: id, attendance: "no_show" }, at);
    expect(await attendance.clearAttendance(c.vhsOrganiser, { eventId: e.id, registrationId: id }, at)).toBe("cleared");
    expect((await registration(id)).status).toBe("confirmed");
  });

  it("refuses a partner the mark of another organisation's event, and changes nothing", async () => {
    const e = await event(c.foreignAdmin.organisationId);
    const id = await person(c.foreignAdmin, e.id);
    const at = new Date(now.getTime() + 60_000);
    await attendance.markAttendance(c.foreignAdmin, { eventId: e.id, registrationId: id, attendance: "attended" }, at);
    await expect(attendance.clearAttendance(c.vhsAdmin, { eventId: e.id, registrationId: id }, at)).rejects.toBeInstanceOf(access.AccessDenied);
    // Its own event id with the foreign registration is refused as well.
    const own = await event(c.vhsAdmin.organisationId);
    await expect(attendance.clearAttendance(c.vhsAdmin, { eventId: own.id, registrationId: id }, at)).rejects.toBeInstanceOf(access.AccessDenied);
    expect((await registration(id)).status).toBe("attended");
    expect(await marks(id)).toHaveLength(1);
  });

  it("parses the posted choice 'open' and refuses anything else", () => {
    expect(schemas.attendanceSchema.parse({ eventId: "1", registrationId: "2", attendance: "open" }).attendance).toBe("open");
    expect(schemas.attendanceSchema.safeParse({ eventId: "1", registrationId: "2", attendance: "weg" }).success).toBe(false);
  });
});
