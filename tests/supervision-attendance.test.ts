import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, like } from "drizzle-orm";
import ICAL from "ical.js";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Attendance per session of a supervision group, the figures certificates will use, reminders
 * before each session, and what members hear when a session moves.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const now = new Date("2026-11-25T12:00:00Z");

let c: AuthzContext;
let access: typeof import("@/lib/auth/access");
let commands: typeof import("@/lib/attendance/commands");
let queries: typeof import("@/lib/attendance/queries");
let reminders: typeof import("@/lib/registrations/reminders");

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ REMINDER_HOURS_BEFORE: undefined, PUBLIC_URL: "https://fortbildung.mainz.example" });
  access = await import("@/lib/auth/access");
  commands = await import("@/lib/attendance/commands");
  queries = await import("@/lib/attendance/queries");
  reminders = await import("@/lib/registrations/reminders");
});

afterAll(() => c?.client.close());

const marksOf = (registrationIds: number[]) => c.db.select().from(c.t.sessionAttendance).where(inArray(c.t.sessionAttendance.registrationId, registrationIds));

describe("attendance per session", () => {
  it("marks a member present or absent, corrects a mark in place, and audits each change", async () => {
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 10 * DAY), people: ["confirmed", "confirmed"] });
    const [anna] = g.registrationIds;
    const input = { eventId: g.event.id, sessionId: g.sessionIds[0], registrationId: anna, status: "present" as const };
    expect(await commands.markSessionAttendance(c.vhsAdmin, input, now)).toBe("marked");
    expect(await commands.markSessionAttendance(c.vhsAdmin, input, now)).toBe("unchanged");
    const later = new Date(now.getTime() + HOUR);
    expect(await commands.markSessionAttendance(c.vhsOrganiser, { ...input, status: "absent" }, later)).toBe("marked");
    expect(await marksOf([anna])).toEqual([{ registrationId: anna, sessionId: g.sessionIds[0], status: "absent", recordedAt: later, recordedByAccountId: c.vhsOrganiser.accountId }]);
    const audits = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "registration"), eq(c.t.auditLog.entityId, anna))).orderBy(asc(c.t.auditLog.id));
    expect(audits.map((a) => [a.action, a.actorAccountId])).toEqual([
      ["registration.session_attendance", c.vhsAdmin.accountId],
      ["registration.session_attendance", c.vhsOrganiser.accountId],
    ]);
  });

  it("counts sessions and hours per member and members per session", async () => {
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 30 * DAY), people: ["confirmed", "confirmed", "confirmed", "applied"] });
    const [a, b, d] = g.registrationIds;
    const mark = (registrationId: number, session: number, status: "present" | "absent") =>
      commands.markSessionAttendance(c.coordinator, { eventId: g.event.id, sessionId: g.sessionIds[session], registrationId, status }, now);
    await mark(a, 0, "present");
    await mark(a, 1, "present");
    await mark(a, 2, "present");
    await mark(b, 0, "absent");
    await mark(b, 1, "present");
    const figures = await queries.attendanceFigures(c.vhsAdmin, g.event.id);
    const byId = new Map(figures.members.map((m) => [m.registrationId, m]));
    // The applicant is no member: not in the overview.
    expect([...byId.keys()].sort()).toEqual([a, b, d].sort());
    expect(byId.get(a)).toMatchObject({ sessionsAttended: 3, sessionsTotal: 5, hoursAttended: 6 });
    expect(byId.get(b)).toMatchObject({ sessionsAttended: 1, hoursAttended: 2 });
    expect(byId.get(b)!.marks).toEqual({ [g.sessionIds[0]]: "absent", [g.sessionIds[1]]: "present", [g.sessionIds[2]]: null, [g.sessionIds[3]]: null, [g.sessionIds[4]]: null });
    expect(byId.get(d)).toMatchObject({ sessionsAttended: 0, hoursAttended: 0 });
    expect(figures.sessions.map((s) => [s.number, s.present, s.absent, s.hours])).toEqual([
      [1, 1, 1, 2],
      [2, 2, 0, 2],
      [3, 1, 0, 2],
      [4, 0, 0, 2],
      [5, 0, 0, 2],
    ]);
  });

  it("opens at the most recent session that has begun, or at the one asked for", async () => {
    const sessions = [0, 7, 14].map((d, i) => ({ id: i + 1, startsAt: new Date(now.getTime() + (d - 8) * DAY) }));
    expect(queries.chooseSession(sessions, undefined, now)?.id).toBe(2);
    expect(queries.chooseSession(sessions, 3, now)?.id).toBe(3);
    expect(queries.chooseSession(sessions, 999, new Date(now.getTime() - 30 * DAY))?.id).toBe(1);
  });

  it("refuses non-members, foreign sessions and registrations, sessions of other events and other organisations", async () => {
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: now, people: ["confirmed", "applied", "waitlisted", "declined", "cancelled"] });
    const other = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: now, people: ["confirmed"] });
    const mark = (actor = c.vhsAdmin, over: Partial<{ eventId: number; sessionId: number; registrationId: number }> = {}) =>
      commands.markSessionAttendance(actor, { eventId: g.event.id, sessionId: g.sessionIds[0], registrationId: g.registrationIds[0], status: "present", ...over }, now);
    for (const registrationId of g.registrationIds.slice(1)) expect(await mark(c.vhsAdmin, { registrationId })).toBe("not_member");
    await expect(mark(c.vhsAdmin, { registrationId: other.registrationIds[0] })).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(mark(c.vhsAdmin, { sessionId: other.sessionIds[0] })).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(mark(c.foreignAdmin)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(queries.attendanceFigures(c.foreignAdmin, g.event.id)).rejects.toBeInstanceOf(access.AccessDenied);
    // A session of an ordinary event of the own organisation is not a session of this group.
    const [session] = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, c.own.eventId)).limit(1);
    await expect(mark(c.vhsAdmin, { sessionId: session.id })).rejects.toBeInstanceOf(access.AccessDenied);
    expect(await marksOf([...g.registrationIds, ...other.registrationIds])).toEqual([]);
    // The office may.
    expect(await mark(c.coordinator)).toBe("marked");
  });
});

describe("reminders before each session", () => {
  it("reach every member once per session, also with several schedulers at once, and nobody else", async () => {
    const first = new Date(now.getTime() + 24 * HOUR);
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: first, people: ["confirmed", "confirmed", "confirmed", "applied", "waitlisted", "declined", "cancelled"], label: "erinnerung" });
    const [a, b, leaver] = g.registrationIds;
    const remindersOf = async () =>
      (await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, g.event.id), eq(c.t.mailOutbox.kind, "reminder"))).orderBy(asc(c.t.mailOutbox.id))).map((m) => m.dedupeKey);

    await Promise.all([reminders.enqueueDueReminders(now), reminders.enqueueDueReminders(now), reminders.enqueueDueReminders(now)]);
    expect((await remindersOf()).sort()).toEqual([a, b, leaver].map((id) => `reminder:${id}:${g.sessionIds[0]}`).sort());
    expect(await reminders.enqueueDueReminders(new Date(now.getTime() + HOUR))).toBe(0);
    const [mail] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.dedupeKey, `reminder:${a}:${g.sessionIds[0]}`));
    expect(mail.recipient).toBe("erinnerung-0@example.org");
    expect(mail.subject).toContain("Termin 1");
    expect(mail.textBody).toContain("Termin 1 von 5");
    expect(mail.textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);

    // One member leaves; a week later the second session is due: the others are reminded again.
    await c.db.update(c.t.registrations).set({ status: "cancelled" }).where(eq(c.t.registrations.id, leaver));
    const weekLater = new Date(now.getTime() + 7 * DAY);
    await Promise.all([reminders.enqueueDueReminders(weekLater), reminders.enqueueDueReminders(weekLater)]);
    const keys = await remindersOf();
    expect(keys.filter((k) => k!.endsWith(`:${g.sessionIds[1]}`)).sort()).toEqual([a, b].map((id) => `reminder:${id}:${g.sessionIds[1]}`).sort());
    expect(keys).toHaveLength(5);
    // No first-session reminder of the ordinary kind on top.
    expect(await c.db.select().from(c.t.mailOutbox).where(like(c.t.mailOutbox.dedupeKey, `reminder:${a}`))).toEqual([]);
  });
});

describe("a session moves", () => {
  it("tells every member, with an .ics that holds the new date, and keeps the attendance taken", async () => {
    const values = await import("@/lib/event-admin/event-editor-values");
    const save = await import("@/lib/event-admin/event-save");
    const schema = await import("@/lib/event-admin/event-form-schema-server");
    // A demo group of the Psychosoziales Zentrum that has not started yet, with its members.
    const [format] = await c.db.select().from(c.t.formats).where(eq(c.t.formats.slug, "gruppensupervision"));
    const groups = await c.db.select().from(c.t.events).where(and(eq(c.t.events.formatId, format.id), eq(c.t.events.status, "published"))).orderBy(asc(c.t.events.startsAt));
    const group = groups.find((e) => e.startsAt > new Date(now.getTime() + 7 * DAY))!;
    expect(group).toBeTruthy();
    const members = await c.db.select().from(c.t.registrations).where(and(eq(c.t.registrations.eventId, group.id), eq(c.t.registrations.status, "confirmed")));
    expect(members.length).toBeGreaterThan(0);
    const sessionsBefore = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, group.id)).orderBy(asc(c.t.eventSessions.startsAt));
    await commands.markSessionAttendance(c.coordinator, { eventId: group.id, sessionId: sessionsBefore[0].id, registrationId: members[0].id, status: "present" }, now);

    // The third session moves a day later, through the event editor.
    const { values: form } = await values.eventFormValues(c.coordinator, group.id);
    const sessions = (form.sessions as { date: string; start: string; end: string }[]).map((s) => ({ ...s }));
    const moved = new Date(`${sessions[2].date}T12:00:00Z`);
    sessions[2].date = new Date(moved.getTime() + DAY).toISOString().slice(0, 10);
    await save.updateEvent(c.coordinator, group.id, schema.eventFormSchema.parse({ ...form, sessions }), now);

    const mails = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, group.id), eq(c.t.mailOutbox.kind, "event_changed")));
    const recipients = new Set(mails.map((m) => m.recipient));
    for (const m of members) expect(recipients.has(m.email!)).toBe(true);
    const mail = mails.find((m) => m.recipient === members[0].email)!;
    const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"))!;
    const vevents = new ICAL.Component(ICAL.parse(ics.content)).getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(5);
    const starts = vevents.map((v) => (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).sort((x, y) => x - y);
    expect(starts[2]).toBe(sessionsBefore[2].startsAt.getTime() + DAY);
    expect(vevents.every((v) => Number(v.getFirstPropertyValue("sequence")) === group.sequence + 1)).toBe(true);
    // Session ids stay, and with them the attendance already taken.
    const sessionsAfter = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, group.id)).orderBy(asc(c.t.eventSessions.startsAt));
    expect(sessionsAfter.map((s) => s.id)).toEqual(sessionsBefore.map((s) => s.id));
    expect((await queries.attendanceFigures(c.coordinator, group.id)).members.find((m) => m.registrationId === members[0].id)?.sessionsAttended).toBe(1);
  });
});
