import { and, asc, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { authzContext, type AuthzContext } from "./authz/context";
import { foreignSupervisionGroup } from "./authz/supervision-applications.probes";

/**
 * The organiser decides on applications to a supervision group: accept up to the size limit,
 * decline with a kind message, the waiting list, a member leaving (the next waiting person is
 * offered, not moved up), the mails, the audit of text views, the confidential exports, and who
 * may do it. On the demo group "Gruppensupervision für Patinnen und Paten" (size limit 10).
 */
let c: AuthzContext;
let groupId: number;
let organiser: Actor;
let commands: typeof import("@/lib/supervision/decide-commands");
let query: typeof import("@/lib/supervision/applications-query");
const ids: Record<string, number> = {};
const names = ["Amira", "Bernd", "Carla", "Dana", "Emil", "Fatma", "Gustav", "Hanna", "Ivan", "Jana", "Karim", "Lea", "Mona", "Nils", "Olga"];

const statusOf = async (name: string) => (await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, ids[name])))[0].status;
const mailsTo = (name: string, kind: string) =>
  c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.registrationId, ids[name]), eq(c.t.mailOutbox.kind, kind)));
const decision = (name: string) => ({ eventId: groupId, registrationId: ids[name] });

beforeAll(async () => {
  c = await authzContext();
  groupId = (await foreignSupervisionGroup(c)).eventId;
  const [group] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, groupId));
  // The demo seed books the group like an ordinary event: start from an empty group.
  await c.db.update(c.t.registrations).set({ status: "cancelled" }).where(eq(c.t.registrations.eventId, groupId));
  const [account] = await c.db
    .insert(c.t.accounts)
    .values({ organisationId: group.organisationId, email: "organiser@psz-goldgrube.example.org", name: "Olga Organiserin", role: "organiser" })
    .returning();
  const { loadActor } = await import("@/lib/auth/actor");
  organiser = (await loadActor(account.id, account.sessionVersion))!;
  for (const [i, firstName] of names.entries()) {
    const email = `${firstName.toLowerCase()}@example.org`;
    const [row] = await c.db
      .insert(c.t.registrations)
      .values({
        eventId: groupId,
        status: "applied",
        firstName,
        lastName: "Beispiel",
        email,
        emailNormalized: email,
        // Carla wrote nothing: her application is shown without a text and not logged as read.
        motivation: firstName === "Carla" ? null : `Ich begleite eine Familie. (${firstName})`,
        canAttendAll: i % 2 === 0,
        createdAt: new Date(Date.now() - (100 - i) * 60_000),
      })
      .returning();
    ids[firstName] = row.id;
  }
  commands = await import("@/lib/supervision/decide-commands");
  query = await import("@/lib/supervision/applications-query");
});

describe("deciding on applications", () => {
  it("puts applications on the waiting list and tells each person their place", async () => {
    expect(await commands.waitlistApplication(organiser, decision("Bernd"))).toBe("waitlisted");
    expect(await commands.waitlistApplication(organiser, decision("Carla"))).toBe("waitlisted");
    expect(await statusOf("Carla")).toBe("waitlisted");
    const [mail] = await mailsTo("Carla", "application_waitlisted");
    expect(mail.textBody).toContain("auf Platz 2");
    expect(mail.textBody).toContain("/anmeldung/");
  });

  it("declines with the organiser's kind message in the mail, once", async () => {
    expect(await commands.declineApplication(organiser, { ...decision("Dana"), message: "Im Frühjahr startet eine neue Gruppe." })).toBe("declined");
    expect(await statusOf("Dana")).toBe("declined");
    const [mail] = await mailsTo("Dana", "application_declined");
    expect(mail.textBody).toContain("Im Frühjahr startet eine neue Gruppe.");
    expect(mail.htmlBody).toContain("Im Frühjahr startet eine neue Gruppe.");
    expect(await commands.declineApplication(organiser, { ...decision("Dana"), message: null })).toBe("not_open");
  });

  it("accepts up to the size limit, then puts the next applicant on the waiting list; the acceptance mail holds every session in one .ics", async () => {
    const accepted = ["Amira", "Emil", "Fatma", "Gustav", "Hanna", "Ivan", "Jana", "Karim", "Lea", "Mona"];
    for (const name of accepted) expect(await commands.acceptApplication(organiser, decision(name))).toBe("accepted");
    expect(await commands.acceptApplication(organiser, decision("Nils"))).toBe("full_waitlisted");
    expect(await commands.acceptApplication(organiser, decision("Bernd"))).toBe("full");
    expect(await statusOf("Nils")).toBe("waitlisted");
    expect(await statusOf("Bernd")).toBe("waitlisted");
    const [waitMail] = await mailsTo("Nils", "application_waitlisted");
    expect(waitMail.textBody).toContain("Warteliste");

    const sessions = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, groupId)).orderBy(asc(c.t.eventSessions.startsAt));
    expect(sessions).toHaveLength(5);
    const [mail] = await mailsTo("Amira", "application_accepted");
    expect(mail.textBody).toContain("Termin 5:");
    expect(mail.attachments).toHaveLength(1);
    const vevents = new ICAL.Component(ICAL.parse(mail.attachments[0].content)).getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(5);
    const starts = vevents.map((v) => (v.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).sort();
    expect(starts).toEqual(sessions.map((s) => s.startsAt.getTime()));
  });

  it("a member who leaves frees the place: the first of the waiting list is offered, not moved up", async () => {
    expect(await commands.endMembership(organiser, decision("Amira"))).toBe("ended");
    expect(await statusOf("Amira")).toBe("cancelled");
    const list = await query.listApplications(organiser, groupId);
    expect(list.counts).toMatchObject({ members: 9, freePlaces: 1, waiting: 3 });
    expect(list.nextWaiting?.id).toBe(ids.Bernd);
    expect(await statusOf("Bernd")).toBe("waitlisted");
    expect(await mailsTo("Bernd", "promoted")).toHaveLength(0);
    expect(await commands.acceptApplication(organiser, decision("Bernd"))).toBe("accepted");
    expect((await query.listApplications(organiser, groupId)).nextWaiting).toBeNull();
  });

  it("records every view of an application's text in the audit log", async () => {
    const audit = () =>
      c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.action, "application.text_viewed"), inArray(c.t.auditLog.entityId, Object.values(ids))));
    const before = (await audit()).length;
    const list = await query.listApplications(organiser, groupId);
    const entries = (await audit()).slice(before);
    expect(entries).toHaveLength(names.length - 1);
    expect(entries.map((e) => e.entityId)).not.toContain(ids.Carla);
    expect(entries.every((e) => e.entityType === "application" && e.actorAccountId === organiser.accountId)).toBe(true);
    expect(entries.find((e) => e.entityId === ids.Emil)?.label).toBe("Emil Beispiel");
    const [row] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, list.group.id));
    expect(entries.every((e) => e.organisationId === row.organisationId)).toBe(true);
  });

  it("exports of a group carry the confidentiality note; those of an ordinary event do not", async () => {
    const { participantExportTable } = await import("@/lib/participants/export-table");
    const { toCsv } = await import("@/lib/participants/csv");
    const { toXlsx } = await import("@/lib/participants/xlsx");
    const note = "Vertraulich: Teilnehmende einer Gruppensupervision. Nicht weitergeben.";
    const table = await participantExportTable(organiser, groupId);
    expect(table.confidentialNote).toBe(note);
    expect(toCsv(table.header, table.rows, table.confidentialNote).split("\r\n")[0]).toBe(`\uFEFF${note}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx("Teilnehmende", table.header, table.rows, table.confidentialNote)) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe(note);
    expect(workbook.worksheets[0].getRow(2).getCell(1).value).toBe(table.header[0]);
    const ordinary = await participantExportTable(c.vhsAdmin, c.own.eventId);
    expect(ordinary.confidentialNote).toBeNull();
  });

  it("refuses a partner of another organisation for the list and every decision; the office may", async () => {
    const { AccessDenied } = await import("@/lib/auth/access");
    await expect(query.listApplications(c.vhsAdmin, groupId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(commands.acceptApplication(c.vhsAdmin, decision("Olga"))).rejects.toBeInstanceOf(AccessDenied);
    await expect(commands.declineApplication(c.vhsAdmin, { ...decision("Olga"), message: null })).rejects.toBeInstanceOf(AccessDenied);
    await expect(commands.waitlistApplication(c.vhsAdmin, decision("Olga"))).rejects.toBeInstanceOf(AccessDenied);
    await expect(commands.endMembership(c.vhsAdmin, decision("Emil"))).rejects.toBeInstanceOf(AccessDenied);
    expect(await statusOf("Olga")).toBe("applied");
    expect((await query.listApplications(c.coordinator, groupId)).counts.applied).toBe(1);
    expect(await commands.waitlistApplication(c.coordinator, decision("Olga"))).toBe("waitlisted");
  });
});
