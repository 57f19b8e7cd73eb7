import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Anonymisation leaves nothing of a person behind: one person with distinctive values in every
 * personal field registers (by hand, by the office), attends a course, gets a certificate and mails,
 * applies to a supervision group whose text the office reads; then all their registrations are
 * anonymised and EVERY column of EVERY table is searched for those values: none is found. On a
 * real database with the demo data.
 */

const DAY = 24 * 3600_000;
const now = new Date("2026-11-25T12:00:00Z");

const person = {
  firstName: "Zephyrine",
  lastName: "Quackenbusch",
  email: "Zephyrine.Quack@Leuchtturm-Test.example",
  phone: "06131 9876543",
  initiativeOther: "Leuchtturmkreis Finthen",
  accessibilityNeeds: "Braucht eine Rampe wegen des Rollators Xylophon",
  motivation: "Ich möchte über Tannenzapfen-Gespräche sprechen",
  officeNote: "Rief an wegen Feuersalamander",
  answer: "Antwort Kolibrisieben",
};
/** What must be found nowhere afterwards (lower case; the phone number without its prefix). */
const needles = ["zephyrine", "quackenbusch", "leuchtturm-test.example", "9876543", "leuchtturmkreis", "xylophon", "tannenzapfen", "feuersalamander", "kolibrisieben"];

let c: AuthzContext;
let anonymise: typeof import("@/lib/privacy/anonymise");
let wt: typeof import("@/lib/db/write-transaction");
let certs: typeof import("@/lib/certificates/queries");
let tokens: typeof import("@/lib/registrations/tokens");
let courseIds: number[];
let groupIds: number[];
let byHandId: number;
let code: string;
let manageToken: string;

/** Every table and every column of the database, each searched for each needle: the hits. */
async function scanEverything(): Promise<string[]> {
  const tables = (await c.client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).rows.map((r) => String(r.name));
  const hits: string[] = [];
  for (const table of tables) {
    const columns = (await c.client.execute(`select name from pragma_table_info('${table.replace(/'/g, "''")}')`)).rows.map((r) => String(r.name));
    for (const column of columns) {
      for (const needle of needles) {
        const rs = await c.client.execute({ sql: `select count(*) as n from "${table}" where lower(cast("${column}" as text)) like ?`, args: [`%${needle}%`] });
        if (Number(rs.rows[0].n) > 0) hits.push(`${table}.${column}: ${needle}`);
      }
    }
  }
  return hits;
}

const personalColumns = {
  firstName: person.firstName,
  lastName: person.lastName,
  email: person.email,
  emailNormalized: person.email.toLowerCase(),
  phone: person.phone,
  initiativeOther: person.initiativeOther,
  accessibilityNeeds: person.accessibilityNeeds,
  officeNote: person.officeNote,
};

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example", SMTP_URL: undefined });
  anonymise = await import("@/lib/privacy/anonymise");
  wt = await import("@/lib/db/write-transaction");
  certs = await import("@/lib/certificates/queries");
  tokens = await import("@/lib/registrations/tokens");
  const { markSessionAttendance } = await import("@/lib/attendance/commands");
  const { closeAttendance } = await import("@/lib/attendance/close");
  const { listApplications } = await import("@/lib/supervision/applications-query");
  const { addParticipantByHand } = await import("@/lib/participants/add-participant");
  const { enqueueMail } = await import("@/lib/mail/outbox");
  const { deliverDueMails } = await import("@/lib/mail/sender");

  // A past course of two sessions: our person and someone else; both attend, attendance is closed.
  const course = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 40 * DAY), people: ["confirmed", "confirmed"], sessions: 2, supervision: false });
  courseIds = course.registrationIds;
  await c.db
    .update(c.t.registrations)
    .set({ ...personalColumns, answers: { "1": person.answer, "2": [person.answer] } })
    .where(eq(c.t.registrations.id, courseIds[0]));
  for (const registrationId of courseIds) {
    for (const sessionId of course.sessionIds) {
      expect(await markSessionAttendance(c.vhsOrganiser, { eventId: course.event.id, sessionId, registrationId, status: "present" }, now)).toBe("marked");
    }
  }
  expect((await closeAttendance(c.vhsOrganiser, course.event.id, now)).result).toBe("closed");
  const [mail] = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.registrationId, courseIds[0]), eq(c.t.mailOutbox.kind, "certificate_issued")));
  code = /Prüfcode: ([0-9A-Z-]{34})/.exec(mail.textBody)![1];
  expect(await certs.verifyCertificate(code)).not.toBeNull();

  // A supervision group she applied to with a motivation text, which the office then read.
  const group = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 80 * DAY), people: ["confirmed"], sessions: 2 });
  groupIds = group.registrationIds;
  await c.db
    .update(c.t.registrations)
    .set({ ...personalColumns, motivation: person.motivation })
    .where(eq(c.t.registrations.id, groupIds[0]));
  await listApplications(c.coordinator, group.event.id, now);

  // The office entered her by phone for an upcoming event (audit entry with e-mail and phone).
  const [upcoming] = await c.db
    .select({ id: c.t.events.id })
    .from(c.t.events)
    .innerJoin(c.t.formats, eq(c.t.formats.id, c.t.events.formatId))
    .where(and(eq(c.t.events.organisationId, c.vhsAdmin.organisationId), eq(c.t.events.status, "published"), gt(c.t.events.startsAt, new Date(now.getTime() + 7 * DAY)), eq(c.t.formats.isSupervision, false)))
    .orderBy(asc(c.t.events.startsAt))
    .limit(1);
  const added = await addParticipantByHand(
    c.vhsOrganiser,
    { eventId: upcoming.id, firstName: person.firstName, lastName: person.lastName, email: person.email, phone: person.phone, initiative: "andere", initiativeOther: person.initiativeOther, accessibilityNeeds: person.accessibilityNeeds, note: person.officeNote },
    now,
  );
  if (added.kind !== "added") throw new Error(`not added: ${added.kind}`);
  byHandId = added.registrationId;

  // A mail with an attachment, one to her address without a registration, and delivery of some.
  await wt.writeTransaction(async (tx) => {
    manageToken = (await tokens.createManageLink(tx, courseIds[0])).token;
    await enqueueMail(tx, { kind: "test_attachment", recipient: person.email, registrationId: courseIds[0], subject: `Hallo ${person.firstName}`, text: person.lastName, html: `<p>${person.lastName}</p>`, attachments: [{ filename: `${person.lastName}.txt`, contentType: "text/plain", content: person.answer }] }, now);
    await enqueueMail(tx, { kind: "self_service_link", recipient: person.email.toLowerCase(), subject: "Ihre Daten", text: `Guten Tag ${person.firstName}`, html: "" }, now);
  });
  await deliverDueMails({ now, limit: 1000 });
}, 120_000);

afterAll(() => c?.client.close());

describe("anonymiseRegistrations", () => {
  it("finds the person's values in many tables before, so the scan can see them", async () => {
    const hits = await scanEverything();
    const tables = new Set(hits.map((h) => h.split(".")[0]));
    for (const table of ["registrations", "audit_log", "mail_outbox", "person_first_attendance"]) expect(tables).toContain(table);
    for (const needle of needles) expect(hits.some((h) => h.endsWith(`: ${needle}`))).toBe(true);
  });

  it("leaves no name, e-mail, phone or free text of the person in any column of any table", async () => {
    const ids = (await c.db.select({ id: c.t.registrations.id }).from(c.t.registrations).where(eq(c.t.registrations.emailNormalized, person.email.toLowerCase()))).map((r) => r.id);
    expect(ids.sort()).toEqual([courseIds[0], groupIds[0], byHandId].sort());
    const [figuresBefore] = await c.db.select().from(c.t.eventFigures).where(eq(c.t.eventFigures.eventId, (await eventOf(courseIds[0]))));
    const result = await wt.writeTransaction((tx) => anonymise.anonymiseRegistrations(tx, ids, now));
    expect(result.registrations).toBe(3);
    expect(await scanEverything()).toEqual([]);

    // What statistics need stays: status, attendance, the certificate count; one random key for her.
    const rows = await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, ids));
    expect(new Set(rows.map((r) => r.personKey)).size).toBe(1);
    expect(rows[0].personKey).toMatch(/^anon:[A-Za-z0-9_-]{20,}$/);
    for (const r of rows) {
      expect(r.anonymisedAt).toEqual(now);
      expect(r.firstName).toBe(anonymise.ANONYMISED_NAME);
      expect([r.email, r.phone, r.motivation, r.officeNote, r.accessibilityNeeds, r.initiativeOther]).toEqual([null, null, null, null, null, null]);
      expect(r.answers).toEqual({});
    }
    const course = rows.find((r) => r.id === courseIds[0])!;
    expect(course.presentSessions).toBe(2);
    const [figuresAfter] = await c.db.select().from(c.t.eventFigures).where(eq(c.t.eventFigures.eventId, course.eventId));
    expect(figuresAfter).toEqual(figuresBefore);
    const [cert] = await c.db.select().from(c.t.certificates).where(eq(c.t.certificates.registrationId, courseIds[0]));
    expect(cert.status).toBe("valid");
    expect(await certs.verifyCertificate(code)).toBeNull();
    await wt.writeTransaction(async (tx) => expect(await tokens.registrationIdForToken(tx, manageToken)).toBeNull());
    // Audit entries still say who did what.
    const audits = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "registration"), eq(c.t.auditLog.entityId, courseIds[0])));
    expect(audits.map((a) => a.action)).toContain("registration.session_attendance");
    expect(audits.every((a) => a.actorName.length > 0 && a.label.startsWith(anonymise.ANONYMISED_NAME))).toBe(true);
    // The other participant of the course is untouched.
    const [other] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, courseIds[1]));
    expect(other.anonymisedAt).toBeNull();
    expect(other.email).toContain("@example.org");
  });

  it("is idempotent: a second call changes nothing", async () => {
    const before = await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, [courseIds[0], groupIds[0], byHandId]));
    const result = await wt.writeTransaction((tx) => anonymise.anonymiseRegistrations(tx, [courseIds[0], groupIds[0], byHandId], new Date(now.getTime() + DAY)));
    expect(result.registrations).toBe(0);
    expect(await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, [courseIds[0], groupIds[0], byHandId]))).toEqual(before);
  });

  it("gives different people different keys, and the same person in one call one key", async () => {
    const group = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 60 * DAY), people: ["confirmed", "confirmed", "confirmed"], sessions: 1, supervision: false });
    const [a, b, sameAsA] = group.registrationIds;
    await c.db.update(c.t.registrations).set({ email: "x@example.org", emailNormalized: "x@example.org" }).where(inArray(c.t.registrations.id, [a]));
    // A second registration of the same address (another event, to keep the one-live-registration rule).
    const other = await insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(now.getTime() - 90 * DAY), people: ["confirmed"], sessions: 1, supervision: false });
    await c.db.update(c.t.registrations).set({ email: "X@example.org", emailNormalized: "x@example.org" }).where(eq(c.t.registrations.id, other.registrationIds[0]));
    await wt.writeTransaction((tx) => anonymise.anonymiseRegistrations(tx, [a, b, other.registrationIds[0]], now));
    const keys = new Map((await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, [a, b, other.registrationIds[0], sameAsA]))).map((r) => [r.id, r.personKey]));
    expect(keys.get(a)).toBe(keys.get(other.registrationIds[0]));
    expect(keys.get(a)).not.toBe(keys.get(b));
    expect(keys.get(sameAsA)).not.toMatch(/^anon:/);
  });
});

async function eventOf(registrationId: number): Promise<number> {
  const [r] = await c.db.select({ eventId: c.t.registrations.eventId }).from(c.t.registrations).where(eq(c.t.registrations.id, registrationId));
  return r.eventId;
}
