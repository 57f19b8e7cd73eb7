import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { authzContext, type AuthzContext } from "./authz/context";

const now = new Date();
let c: AuthzContext;
let add: typeof import("@/lib/participants/add-participant");
let waitlist: typeof import("@/lib/participants/waitlist-commands");
let attendance: typeof import("@/lib/participants/attendance");
let queries: typeof import("@/lib/participants/queries");
let exportTable: typeof import("@/lib/participants/export-table");
let csv: typeof import("@/lib/participants/csv");
let xlsx: typeof import("@/lib/participants/xlsx");
let message: typeof import("@/lib/participants/message");
let schemas: typeof import("@/lib/participants/schemas-server");

beforeAll(async () => {
  c = await authzContext(now);
  add = await import("@/lib/participants/add-participant");
  waitlist = await import("@/lib/participants/waitlist-commands");
  attendance = await import("@/lib/participants/attendance");
  queries = await import("@/lib/participants/queries");
  exportTable = await import("@/lib/participants/export-table");
  csv = await import("@/lib/participants/csv");
  xlsx = await import("@/lib/participants/xlsx");
  message = await import("@/lib/participants/message");
  schemas = await import("@/lib/participants/schemas-server");
});

let counter = 0;
/** A published event of the Volkshochschule with a known capacity, ten days ahead. */
async function vhsEvent(capacity: number) {
  const [format] = await c.db.select().from(c.t.formats).limit(1);
  const startsAt = new Date(now.getTime() + 10 * 24 * 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + 7200 * 1000);
  const [event] = await c.db
    .insert(c.t.events)
    .values({ slug: `teilnehmende-test-${++counter}`, title: `Teilnehmende ${counter}`, summary: "s", description: "d", formatId: format.id, organisationId: c.vhsAdmin.organisationId, capacity, status: "published", startsAt, endsAt })
    .returning();
  await c.db.insert(c.t.eventSessions).values({ eventId: event.id, startsAt, endsAt });
  return event;
}

const person = (eventId: number, n: string, extra: Record<string, string> = {}) =>
  schemas.addParticipantSchema.parse({ eventId: String(eventId), firstName: "Paula", lastName: `Probe ${n}`, email: "", phone: "06131 12345", initiative: "keine", initiativeOther: "", accessibilityNeeds: "", note: "", ...extra });

async function registration(id: number) {
  const [r] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, id));
  return r;
}
async function mailsOf(registrationId: number) {
  return c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.registrationId, registrationId));
}
async function auditOf(registrationId: number) {
  return c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "registration"), eq(c.t.auditLog.entityId, registrationId)));
}
async function added(eventId: number, n: string, extra: Record<string, string> = {}) {
  const result = await add.addParticipantByHand(c.vhsOrganiser, person(eventId, n, extra));
  if (result.kind !== "added") throw new Error(`not added: ${result.kind}`);
  return result;
}

describe("adding a person by hand", () => {
  it("gives a seat while one is free, then the waiting list; mails only people with an address", async () => {
    const event = await vhsEvent(1);
    const first = await added(event.id, "a");
    const second = await added(event.id, "b", { email: "Berta.Probe@example.org" });
    expect([first.status, second.status, second.position]).toEqual(["confirmed", "waitlisted", 1]);
    const r1 = await registration(first.registrationId);
    expect(r1).toMatchObject({ source: "staff", enteredByAccountId: c.vhsOrganiser.accountId, email: null, phone: "06131 12345" });
    expect(await mailsOf(first.registrationId)).toEqual([]);
    const mails = await mailsOf(second.registrationId);
    expect(mails.map((m) => [m.kind, m.recipient])).toEqual([["waitlisted", "Berta.Probe@example.org"]]);
    expect(mails[0].textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
    expect((await auditOf(first.registrationId)).map((a) => a.action)).toEqual(["registration.added_by_staff"]);
  });

  it("refuses a second live registration of the same address, and keeps the note and the other initiative", async () => {
    const event = await vhsEvent(5);
    const first = await added(event.id, "c", { email: "carla@example.org", initiative: "andere", initiativeOther: "Nachbarschaftshilfe Gonsenheim", note: "rief an" });
    expect(await add.addParticipantByHand(c.vhsOrganiser, person(event.id, "cc", { email: "CARLA@example.org" }))).toEqual({ kind: "duplicate" });
    const list = await queries.listParticipants(c.vhsOrganiser, event.id);
    expect(list.participants).toHaveLength(1);
    expect(list.participants[0]).toMatchObject({ id: first.registrationId, initiative: "Nachbarschaftshilfe Gonsenheim", note: "rief an", source: "staff" });
    const [mail] = await mailsOf(first.registrationId);
    expect(mail.kind).toBe("registration_confirmed");
  });

  it("validates: e-mail optional but well-formed, the other initiative named", () => {
    const parsed = schemas.addParticipantSchema.safeParse({ eventId: "1", firstName: "", lastName: "X", email: "kein-at", phone: "abc", initiative: "andere", initiativeOther: "" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["firstName", "email", "phone", "initiativeOther"]));
  });
});

describe("the list", () => {
  it("shows statuses with waiting-list places, searches by name and e-mail, filters by status", async () => {
    const event = await vhsEvent(1);
    await added(event.id, "Erster");
    await added(event.id, "Zweiter", { email: "zweiter@example.org" });
    await added(event.id, "Dritter");
    const list = await queries.listParticipants(c.vhsOrganiser, event.id);
    expect(list.seats).toMatchObject({ taken: 1, capacity: 1, waiting: 2 });
    expect(list.participants.map((p) => [p.lastName, p.status, p.position])).toEqual([
      ["Probe Erster", "confirmed", null],
      ["Probe Zweiter", "waitlisted", 1],
      ["Probe Dritter", "waitlisted", 2],
    ]);
    expect((await queries.listParticipants(c.vhsOrganiser, event.id, { q: "zweiter@" })).participants.map((p) => p.lastName)).toEqual(["Probe Zweiter"]);
    expect((await queries.listParticipants(c.vhsOrganiser, event.id, { q: "paula dritter" })).participants.map((p) => p.lastName)).toEqual(["Probe Dritter"]);
    expect((await queries.listParticipants(c.vhsOrganiser, event.id, { status: "confirmed" })).participants.map((p) => p.lastName)).toEqual(["Probe Erster"]);
  });

  it("shows the answers to the event's questions", async () => {
    const [q] = await c.db.select().from(c.t.eventQuestions).limit(1);
    const [r] = await c.db.insert(c.t.registrations).values({ eventId: q.eventId, status: "confirmed", firstName: "Anton", lastName: "Antwort", answers: { [`q${q.id}`]: ["Arabisch", "Englisch"] } }).returning();
    const list = await queries.listParticipants(c.coordinator, q.eventId, { q: "Antwort" });
    expect(list.participants[0].id).toBe(r.id);
    expect(list.participants[0].answers.find((a) => a.questionId === q.id)).toMatchObject({ label: q.label, text: "Arabisch, Englisch" });
  });
});

describe("moving from the waiting list and cancelling on behalf", () => {
  it("refuses a move without a free seat unless the override is ticked", async () => {
    const event = await vhsEvent(1);
    await added(event.id, "sitzt");
    const waiting = await added(event.id, "wartet", { email: "wartet@example.org" });
    expect(await waitlist.moveFromWaitlist(c.vhsOrganiser, { eventId: event.id, registrationId: waiting.registrationId, override: false })).toBe("full");
    expect((await registration(waiting.registrationId)).status).toBe("waitlisted");
    expect(await waitlist.moveFromWaitlist(c.vhsOrganiser, { eventId: event.id, registrationId: waiting.registrationId, override: true })).toBe("moved");
    expect((await registration(waiting.registrationId)).status).toBe("confirmed");
    expect((await mailsOf(waiting.registrationId)).map((m) => m.kind)).toEqual(["waitlisted", "promoted"]);
    expect((await auditOf(waiting.registrationId)).map((a) => a.action)).toContain("registration.moved_from_waitlist");
    const list = await queries.listParticipants(c.vhsOrganiser, event.id);
    expect(list.seats).toMatchObject({ taken: 2, capacity: 1, waiting: 0 });
  });

  it("moves without override when a seat is free", async () => {
    const event = await vhsEvent(2);
    await added(event.id, "eins");
    const [r] = await c.db.insert(c.t.registrations).values({ eventId: event.id, status: "waitlisted", firstName: "W", lastName: "Vorgemerkt" }).returning();
    expect(await waitlist.moveFromWaitlist(c.vhsOrganiser, { eventId: event.id, registrationId: r.id, override: false })).toBe("moved");
    expect(await waitlist.moveFromWaitlist(c.vhsOrganiser, { eventId: event.id, registrationId: r.id, override: false })).toBe("not_waiting");
  });

  it("cancels on behalf: mail to the person, the next on the waiting list moves up and is told", async () => {
    const event = await vhsEvent(1);
    const seated = await added(event.id, "geht", { email: "geht@example.org" });
    const next = await added(event.id, "kommt", { email: "kommt@example.org" });
    expect(await waitlist.cancelOnBehalf(c.vhsOrganiser, { eventId: event.id, registrationId: seated.registrationId })).toBe("cancelled");
    const r = await registration(seated.registrationId);
    expect(r.status).toBe("cancelled");
    expect(r.cancelledAt).toBeInstanceOf(Date);
    const mails = await mailsOf(seated.registrationId);
    expect(mails.find((m) => m.kind === "registration_confirmed")?.status).toBe("withdrawn");
    expect(mails.find((m) => m.kind === "cancellation_confirmed")?.recipient).toBe("geht@example.org");
    expect((await registration(next.registrationId)).status).toBe("confirmed");
    expect((await mailsOf(next.registrationId)).map((m) => m.kind)).toContain("promoted");
    expect((await auditOf(seated.registrationId)).map((a) => a.action)).toContain("registration.cancelled_by_staff");
    expect(await waitlist.cancelOnBehalf(c.vhsOrganiser, { eventId: event.id, registrationId: seated.registrationId })).toBe("already");
  });
});

describe("check-in", () => {
  it("marks attended and no-show with the time, counts, and leaves the waiting list alone", async () => {
    const event = await vhsEvent(2);
    const a = await added(event.id, "da");
    const b = await added(event.id, "weg");
    const w = await added(event.id, "wartet");
    const at = new Date(now.getTime() + 60_000);
    expect(await attendance.markAttendance(c.vhsOrganiser, { eventId: event.id, registrationId: a.registrationId, attendance: "attended" }, at)).toBe("marked");
    expect(await attendance.markAttendance(c.vhsOrganiser, { eventId: event.id, registrationId: b.registrationId, attendance: "no_show" }, at)).toBe("marked");
    expect(await attendance.markAttendance(c.vhsOrganiser, { eventId: event.id, registrationId: w.registrationId, attendance: "attended" }, at)).toBe("no_seat");
    expect((await registration(a.registrationId)).checkedInAt?.getTime()).toBe(at.getTime());
    // A wrong tap can be corrected.
    expect(await attendance.markAttendance(c.vhsOrganiser, { eventId: event.id, registrationId: b.registrationId, attendance: "attended" }, at)).toBe("marked");
    const list = await queries.listSeatHolders(c.vhsOrganiser, event.id);
    expect(list.seats).toMatchObject({ taken: 2, attended: 2 });
    expect(list.participants.map((p) => p.status)).toEqual(["attended", "attended"]);
    expect((await auditOf(b.registrationId)).filter((x) => x.action === "registration.session_attendance")).toHaveLength(2);
  });
});

describe("exports", () => {
  it("write CSV for German Excel: BOM, semicolons, CRLF, quotes doubled, formulas defused", async () => {
    const event = await vhsEvent(5);
    const r = await added(event.id, "csv", { phone: "+49 6131 1" });
    // Such names are refused at every form now (lib/registrations/person-name.ts), but may be stored from before.
    await c.db.update(c.t.registrations).set({ firstName: '=HYPERLINK("x")', lastName: 'Semi;"Quote"' }).where(eq(c.t.registrations.id, r.registrationId));
    const table = await exportTable.participantExportTable(c.vhsOrganiser, event.id);
    const text = csv.toCsv(table.header, table.rows);
    const bytes = Buffer.from(text, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("Name;E-Mail;Telefon;Initiative;Status;Angemeldet am;Quelle;Barrierefreiheit;Notiz");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\) Semi;""Quote""";;'\+49 6131 1;;Bestätigt;\d\d\.\d\d\.\d{4} \d\d:\d\d;von Mitarbeitenden eingetragen;;$/);
    expect(lines[2]).toBe("");
    expect(csv.csvDateTime(new Date("2026-12-03T17:00:00Z"))).toBe("03.12.2026 18:00");
    expect(csv.csvDateTime(new Date("2026-07-03T16:30:00Z"))).toBe("03.07.2026 18:30");
  });

  it("write XLSX that reads back with a bold frozen header and real date cells in Berlin time", async () => {
    const event = await vhsEvent(5);
    const r = await added(event.id, "xlsx");
    await c.db.update(c.t.registrations).set({ createdAt: new Date("2026-12-03T17:05:00Z") }).where(eq(c.t.registrations.id, r.registrationId));
    const table = await exportTable.participantExportTable(c.vhsOrganiser, event.id);
    const buffer = await xlsx.toXlsx("Teilnehmende", table.header, table.rows);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Name");
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const date = sheet.getRow(2).getCell(6).value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2026-12-03T18:05:00.000Z");
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });
});

describe("messages to participants", () => {
  it("enqueue one mail per selected reachable person, each with their own manage link", async () => {
    const event = await vhsEvent(2);
    const a = await added(event.id, "eins", { email: "m1@example.org" });
    const b = await added(event.id, "zwei", { email: "m2@example.org" });
    const w = await added(event.id, "drei");
    const result = await message.messageParticipants(c.vhsOrganiser, schemas.participantMessageSchema.parse({ eventId: String(event.id), recipients: "selected", registrationIds: [String(a.registrationId), String(w.registrationId)], subject: "Raumänderung", text: "Wir treffen uns in Raum 2.", confirm: "on" }));
    expect(result).toEqual({ sent: 1, notReached: ["Paula Probe drei"] });
    const mails = (await mailsOf(a.registrationId)).filter((m) => m.kind === "organiser_message");
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain("Raumänderung");
    expect(mails[0].textBody).toContain("Wir treffen uns in Raum 2.");
    expect((await mailsOf(b.registrationId)).filter((m) => m.kind === "organiser_message")).toEqual([]);

    const all = await message.messageParticipants(c.vhsOrganiser, schemas.participantMessageSchema.parse({ eventId: String(event.id), recipients: "confirmed", subject: "Alle", text: "Hallo", confirm: "on" }));
    expect(all.sent).toBe(2);
    const links = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, event.id), eq(c.t.mailOutbox.subject, `Alle – ${event.title}`)));
    const urls = links.map((m) => m.textBody.match(/\/anmeldung\/[A-Za-z0-9_-]{43}/)![0]);
    expect(new Set(urls).size).toBe(2);
    const [entry] = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "event"), eq(c.t.auditLog.entityId, event.id)));
    expect(entry.action).toBe("event.participants_messaged");
  });

  it("require a confirmation and, for a selection, at least one person", () => {
    const parsed = schemas.participantMessageSchema.safeParse({ eventId: "1", recipients: "selected", subject: "x", text: "y" });
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["confirm", "registrationIds"]));
  });
});
