import { beforeAll, afterAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Closing attendance issues certificates: the entitled get one mail each, exactly once; a
 * correction after reopening supersedes the old certificate (its code stops verifying); nothing
 * can be closed before the event is over. On a real database with the demo data.
 */

const DAY = 24 * 3600_000;
const now = new Date("2026-11-25T12:00:00Z");

let c: AuthzContext;
let close: typeof import("@/lib/attendance/close");
let commands: typeof import("@/lib/attendance/commands");
let certs: typeof import("@/lib/certificates/queries");
let checkIn: typeof import("@/lib/participants/attendance");
let access: typeof import("@/lib/auth/access");

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example" });
  close = await import("@/lib/attendance/close");
  commands = await import("@/lib/attendance/commands");
  certs = await import("@/lib/certificates/queries");
  checkIn = await import("@/lib/participants/attendance");
  access = await import("@/lib/auth/access");
});

afterAll(() => c?.client.close());

/** A past training of the Volkshochschule: four weekly two-hour sessions, people with seats. */
async function pastCourse(people: number, sessions = 4) {
  return insertSupervisionGroup(c, {
    organisationId: c.vhsAdmin.organisationId,
    firstStart: new Date(now.getTime() - 40 * DAY),
    people: Array.from({ length: people }, () => "confirmed" as const),
    sessions,
    supervision: false,
  });
}

type Course = Awaited<ReturnType<typeof pastCourse>>;
const mark = (g: Course, registrationId: number, session: number, status: "present" | "absent") =>
  commands.markSessionAttendance(c.vhsOrganiser, { eventId: g.event.id, sessionId: g.sessionIds[session], registrationId, status }, now);
const markAll = async (g: Course, registrationId: number, pattern: string) => {
  for (const [i, ch] of [...pattern].entries()) await mark(g, registrationId, i, ch === "x" ? "present" : "absent");
};
const certificateMails = (g: Course) =>
  c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, g.event.id), eq(c.t.mailOutbox.kind, "certificate_issued")));
const codeIn = (text: string) => /Prüfcode: ([0-9A-Z-]{34})/.exec(text)?.[1];
const tokenIn = (text: string) => /\/anmeldung\/([A-Za-z0-9_-]{43})\/bescheinigung\.pdf/.exec(text)?.[1];

describe("closing attendance", () => {
  it("mails the entitled exactly once, with the PDF link, the code and the feedback form; nobody else", async () => {
    const g = await pastCourse(4);
    const [full, threeOfFour, half, none] = g.registrationIds;
    await markAll(g, full, "xxxx");
    await markAll(g, threeOfFour, "xx-x");
    await markAll(g, half, "x-x-");
    await markAll(g, none, "----");
    const result = await close.closeAttendance(c.vhsOrganiser, g.event.id, now);
    expect(result).toEqual({ result: "closed", issued: 2, corrected: 0, withdrawn: 0 });
    const mails = await certificateMails(g);
    expect(mails.map((m) => m.registrationId).sort()).toEqual([full, threeOfFour].sort());
    const mail = mails.find((m) => m.registrationId === threeOfFour)!;
    expect(mail.subject).toContain("Ihre Teilnahmebescheinigung");
    expect(mail.textBody).toContain("6 Zeitstunden");
    expect(mail.textBody).toMatch(/https:\/\/fortbildung\.mainz\.example\/anmeldung\/[A-Za-z0-9_-]{43}\/rueckmeldung/);
    // The link in the mail opens the person's certificate, and the code in it verifies.
    const own = await certs.certificateForToken(tokenIn(mail.textBody)!);
    const [person] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, threeOfFour));
    expect(own?.facts).toMatchObject({ personName: `${person.firstName} ${person.lastName}`, eventTitle: g.event.title, minutesAttended: 360, sessionsTotal: 4 });
    expect(own?.facts.sessions).toHaveLength(3);
    const verified = await certs.verifyCertificate(codeIn(mail.textBody)!);
    expect(verified?.personName).toBe(own?.facts.personName);
    expect(verified?.code).toBe(codeIn(mail.textBody));
    // The feedback link in the same mail works for a course member (status still "confirmed"), once;
    // someone absent throughout cannot answer.
    const { submitFeedback } = await import("@/lib/feedback/commands");
    const rating = { overall: 5, helpful: 4, wouldRecommend: true, comment: null };
    expect(await submitFeedback(tokenIn(mail.textBody)!, rating)).toBe("saved");
    expect(await submitFeedback(tokenIn(mail.textBody)!, rating)).toBe("given");
    const { createManageLink } = await import("@/lib/registrations/tokens");
    const { writeTransaction } = await import("@/lib/db/write-transaction");
    const absent = await writeTransaction((tx) => createManageLink(tx, none));
    expect(await submitFeedback(absent.token, rating)).toBe("not_attended");
    // Closing again changes nothing and sends nothing.
    expect(await close.closeAttendance(c.vhsAdmin, g.event.id, now)).toEqual({ result: "already_closed" });
    expect(await certificateMails(g)).toHaveLength(2);
    const rows = await c.db.select().from(c.t.certificates).where(eq(c.t.certificates.eventId, g.event.id));
    expect(rows).toHaveLength(2);
    // The code itself is nowhere in the database, only its hash and a seed.
    expect(JSON.stringify(rows)).not.toContain(codeIn(mail.textBody)!.replace(/-/g, ""));
  });

  it("refuses events that are not over, not held or have no sessions, and foreign events", async () => {
    const running = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 8 * DAY), people: ["confirmed"], sessions: 3, supervision: false });
    expect(await close.closeAttendance(c.vhsAdmin, running.event.id, now)).toEqual({ result: "not_over" });
    const cancelled = await pastCourse(1);
    await c.db.update(c.t.events).set({ status: "cancelled" }).where(eq(c.t.events.id, cancelled.event.id));
    expect(await close.closeAttendance(c.vhsAdmin, cancelled.event.id, now)).toEqual({ result: "not_held" });
    const foreign = await insertSupervisionGroup(c, { organisationId: c.foreign.organisationId, firstStart: new Date(now.getTime() - 40 * DAY), people: ["confirmed"], supervision: false });
    await expect(close.closeAttendance(c.vhsAdmin, foreign.event.id, now)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(close.reopenAttendance(c.vhsAdmin, foreign.event.id, now)).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(certs.eventCertificatesForActor(c.vhsAdmin, foreign.event.id)).rejects.toBeInstanceOf(access.AccessDenied);
    const [event] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, foreign.event.id));
    expect(event.attendanceClosedAt).toBeNull();
  });

  it("keeps marks fixed while closed; a correction after reopening supersedes the old certificate", async () => {
    const g = await pastCourse(3);
    const [anna, ben, cem] = g.registrationIds;
    await markAll(g, anna, "xxx-");
    await markAll(g, ben, "xxxx");
    await markAll(g, cem, "xxxx");
    await close.closeAttendance(c.vhsOrganiser, g.event.id, now);
    const first = new Map((await certificateMails(g)).map((m) => [m.registrationId, codeIn(m.textBody)!]));
    expect(await mark(g, anna, 3, "present")).toBe("closed");

    // The office reopens: Anna was there on day 4 after all, Cem was not there on days 2 and 3.
    expect(await close.reopenAttendance(c.coordinator, g.event.id, now)).toBe("reopened");
    // Until attendance is closed again, the old certificates still stand.
    expect(await certs.verifyCertificate(first.get(anna)!)).not.toBeNull();
    expect(await mark(g, anna, 3, "present")).toBe("marked");
    await mark(g, cem, 1, "absent");
    await mark(g, cem, 2, "absent");
    const later = new Date(now.getTime() + DAY);
    expect(await close.closeAttendance(c.vhsOrganiser, g.event.id, later)).toEqual({ result: "closed", issued: 0, corrected: 1, withdrawn: 1 });

    const mails = await certificateMails(g);
    const corrected = mails.filter((m) => m.registrationId === anna);
    expect(corrected).toHaveLength(2);
    const newCode = codeIn(corrected.find((m) => m.subject.includes("korrigierte"))!.textBody)!;
    expect(newCode).not.toBe(first.get(anna));
    expect(await certs.verifyCertificate(first.get(anna)!)).toBeNull();
    expect((await certs.verifyCertificate(newCode))?.minutesAttended).toBe(480);
    // Ben's certificate did not change: same code, no second mail.
    expect(mails.filter((m) => m.registrationId === ben)).toHaveLength(1);
    expect(await certs.verifyCertificate(first.get(ben)!)).not.toBeNull();
    // Cem lost the entitlement: the old code no longer verifies, and no mail tells him otherwise.
    expect(mails.filter((m) => m.registrationId === cem)).toHaveLength(1);
    expect(await certs.verifyCertificate(first.get(cem)!)).toBeNull();
    const all = await certs.eventCertificatesForActor(c.vhsAdmin, g.event.id);
    expect(all.facts.map((f) => f.personName).sort()).toHaveLength(2);
    const audits = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "event"), eq(c.t.auditLog.entityId, g.event.id)));
    expect(audits.map((a) => a.action)).toEqual(["event.attendance_closed", "event.attendance_reopened", "event.attendance_closed"]);
  });

  it("asks for the share set on the event", async () => {
    const g = await pastCourse(2);
    await c.db.update(c.t.events).set({ certificateThresholdPercent: 50 }).where(eq(c.t.events.id, g.event.id));
    const [a, b] = g.registrationIds;
    await markAll(g, a, "xx--");
    await markAll(g, b, "x---");
    await close.closeAttendance(c.vhsAdmin, g.event.id, now);
    expect((await certificateMails(g)).map((m) => m.registrationId)).toEqual([a]);
  });

  it("a supervision certificate states sessions and hours, never the other members", async () => {
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 40 * DAY), people: ["confirmed", "confirmed"], sessions: 4 });
    const [a, b] = g.registrationIds;
    for (const id of [a, b]) for (let i = 0; i < 4; i++) await mark(g as Course, id, i, "present");
    await close.closeAttendance(c.vhsAdmin, g.event.id, now);
    const { facts } = await certs.eventCertificatesForActor(c.vhsAdmin, g.event.id, a);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ isSupervision: true, minutesAttended: 480, sessionsTotal: 4 });
    const [bName] = await c.db.select({ lastName: c.t.registrations.lastName }).from(c.t.registrations).where(eq(c.t.registrations.id, b));
    expect(JSON.stringify(facts[0])).not.toContain(bName.lastName);
  });
});

describe("one model of attendance", () => {
  it("the check-in of a single-session event records a mark at its session, and the status follows", async () => {
    const g = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 3600_000), people: ["confirmed", "confirmed", "waitlisted"], sessions: 1, supervision: false });
    const [a, b, w] = g.registrationIds;
    expect(await checkIn.markAttendance(c.vhsOrganiser, { eventId: g.event.id, registrationId: a, attendance: "attended" }, now)).toBe("marked");
    expect(await checkIn.markAttendance(c.vhsOrganiser, { eventId: g.event.id, registrationId: b, attendance: "no_show" }, now)).toBe("marked");
    expect(await checkIn.markAttendance(c.vhsOrganiser, { eventId: g.event.id, registrationId: w, attendance: "attended" }, now)).toBe("no_seat");
    const marks = await c.db.select().from(c.t.sessionAttendance).where(inArray(c.t.sessionAttendance.registrationId, [a, b, w]));
    expect(marks.map((m) => [m.registrationId, m.sessionId, m.status]).sort()).toEqual([[a, g.sessionIds[0], "present"], [b, g.sessionIds[0], "absent"]].sort());
    const statuses = await c.db.select({ id: c.t.registrations.id, status: c.t.registrations.status }).from(c.t.registrations).where(inArray(c.t.registrations.id, [a, b, w]));
    expect(new Map(statuses.map((s) => [s.id, s.status]))).toEqual(new Map([[a, "attended"], [b, "no_show"], [w, "waitlisted"]]));
    // A corrected tap moves the status with it.
    await checkIn.markAttendance(c.vhsOrganiser, { eventId: g.event.id, registrationId: b, attendance: "attended" }, now);
    const [bAfter] = await c.db.select({ status: c.t.registrations.status }).from(c.t.registrations).where(eq(c.t.registrations.id, b));
    expect(bAfter.status).toBe("attended");
  });
});

describe("sessions keep their identity in the editor", () => {
  it("adding, moving and reordering sessions keeps every mark on its session; a marked session cannot be removed", async () => {
    const values = await import("@/lib/event-admin/event-editor-values");
    const save = await import("@/lib/event-admin/event-save");
    const schema = await import("@/lib/event-admin/event-form-schema-server");
    const queries = await import("@/lib/attendance/queries");
    // Four sessions from 40 days ago; the last one (19 days ago) has no marks yet.
    const g = await pastCourse(2);
    const [a, b] = g.registrationIds;
    await markAll(g, a, "xx-");
    await markAll(g, b, "-xx");
    const before = (await queries.attendanceFigures(c.vhsAdmin, g.event.id)).members.map((m) => [m.registrationId, m.marks]);
    const marks = async () => (await c.db.select().from(c.t.sessionAttendance).where(inArray(c.t.sessionAttendance.registrationId, [a, b]))).map((m) => [m.registrationId, m.sessionId, m.status]).sort();
    const marksBefore = await marks();

    const { values: form } = await values.eventFormValues(c.vhsAdmin, g.event.id);
    const rows = (form.sessions as { id: string; date: string; start: string; end: string }[]).filter((r) => r.date);
    expect(rows.map((r) => Number(r.id))).toEqual(g.sessionIds);
    // The unmarked fourth session moves before the first (the order of sessions changes), the second
    // starts an hour earlier, and a new session follows at the end. Rows are posted in date order.
    const day = (iso: string, delta: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + delta * DAY).toISOString().slice(0, 10);
    const edited = [
      { ...rows[3], date: day(rows[0].date, -1) },
      rows[0],
      { ...rows[1], start: "17:00", end: "19:00" },
      rows[2],
      { id: "", date: day(rows[3].date, 1), start: "10:00", end: "12:00" },
    ];
    await save.updateEvent(c.vhsAdmin, g.event.id, schema.eventFormSchema.parse({ ...form, sessions: edited }), now);
    expect(await marks()).toEqual(marksBefore);
    const after = await queries.attendanceFigures(c.vhsAdmin, g.event.id);
    expect(after.sessions).toHaveLength(5);
    for (const [id, m] of before as [number, Record<number, string | null>][]) {
      const now = after.members.find((x) => x.registrationId === id)!.marks;
      for (const sessionId of g.sessionIds) expect(now[sessionId]).toBe(m[sessionId]);
    }

    // Removing the unmarked fourth session works; removing a marked one is refused with a German message.
    const { values: form2 } = await values.eventFormValues(c.vhsAdmin, g.event.id);
    const rows2 = (form2.sessions as { id: string; date: string }[]).filter((r) => r.date);
    await save.updateEvent(c.vhsAdmin, g.event.id, schema.eventFormSchema.parse({ ...form2, sessions: rows2.filter((r) => Number(r.id) !== g.sessionIds[3]) }), now);
    const { values: form3 } = await values.eventFormValues(c.vhsAdmin, g.event.id);
    const rows3 = (form3.sessions as { id: string; date: string }[]).filter((r) => r.date);
    await expect(save.updateEvent(c.vhsAdmin, g.event.id, schema.eventFormSchema.parse({ ...form3, sessions: rows3.filter((r) => Number(r.id) !== g.sessionIds[0]) }), now)).rejects.toThrow(
      "Ein Termin, für den schon Anwesenheit erfasst ist, kann nicht entfernt werden.",
    );
    expect(await marks()).toEqual(marksBefore);
  });
});

describe("verification look-ups", () => {
  it("are limited per known source, like registration; an unknown source is never limited", async () => {
    const { mayVerifyCertificate } = await import("@/lib/certificates/verify-limit");
    const { UNKNOWN_SOURCE } = await import("@/lib/http/client-ip");
    reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example", CERTIFICATE_VERIFY_RATE_LIMIT_PER_IP: "2" });
    const at = now.getTime();
    expect(await mayVerifyCertificate("203.0.113.7", at)).toBe(true);
    expect(await mayVerifyCertificate("203.0.113.7", at)).toBe(true);
    expect(await mayVerifyCertificate("203.0.113.7", at)).toBe(false);
    expect(await mayVerifyCertificate("203.0.113.8", at)).toBe(true);
    for (let i = 0; i < 5; i++) expect(await mayVerifyCertificate(UNKNOWN_SOURCE, at)).toBe(true);
    reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example" });
  });
});
