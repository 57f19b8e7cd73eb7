import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

/**
 * Changes to published events (issue 10): an organisation that is not trusted cannot publish new
 * words by editing after the review; sessions keep their ids (and attendance its date); the format
 * stays once anyone registered; a series on picked days has an upper bound.
 */

let c: AuthzContext;
let schema: typeof import("@/lib/event-admin/event-form-schema-server");
let save: typeof import("@/lib/event-admin/event-save");
let editor: typeof import("@/lib/event-admin/event-editor-values");
let formatIds: number[];
let venueId: number;

beforeAll(async () => {
  c = await authzContext(new Date("2026-11-25T12:00:00Z"));
  schema = await import("@/lib/event-admin/event-form-schema-server");
  save = await import("@/lib/event-admin/event-save");
  editor = await import("@/lib/event-admin/event-editor-values");
  formatIds = (await c.db.select().from(c.t.formats).where(eq(c.t.formats.active, true)).limit(2)).map((f) => f.id);
  venueId = (await c.db.select().from(c.t.venues).limit(1))[0].id;
});

const dates = ["2027-03-02", "2027-03-09", "2027-03-16"];

/** A published event of the Volkshochschule (not trusted) with three sessions; returns its id. */
async function publishedVhsEvent(title: string): Promise<number> {
  const input = schema.eventFormSchema.parse({
    title,
    summary: "Kurz gesagt.",
    description: "Ausführlich gesagt.",
    formatId: String(formatIds[0]),
    attendanceMode: "in_person",
    venueId: String(venueId),
    capacity: "10",
    languages: ["de"],
    sessions: dates.map((date) => ({ date, start: "18:00", end: "20:00" })),
    repeat: "none",
  });
  const { ids } = await save.createEvents(c.vhsOrganiser, input);
  await c.db.update(c.t.events).set({ status: "published", publishedAt: new Date("2026-11-20T10:00:00Z") }).where(eq(c.t.events.id, ids[0]));
  return ids[0];
}

/** What the editor shows for the event, changed as a person would change it, and parsed as the action does. */
async function edited(actor: AuthzContext["vhsOrganiser"], eventId: number, change: (values: Record<string, unknown>) => void) {
  const { values } = await editor.eventFormValues(actor, eventId);
  change(values);
  return schema.eventFormSchema.parse(values);
}

const row = async (eventId: number) => (await c.db.select().from(c.t.events).where(eq(c.t.events.id, eventId)))[0];
const sessionsOf = (eventId: number) => c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, eventId)).orderBy(asc(c.t.eventSessions.startsAt));

describe("changes to a published event of an organisation that is not trusted", () => {
  it("keep the published title until the office approves; the queue shows old → new; practical details change at once", async () => {
    const { getPublicEvent } = await import("@/lib/events/public-queries");
    const { listWaitingChanges } = await import("@/lib/event-admin/review-queue");
    const { approveChange } = await import("@/lib/event-admin/workflow");
    const id = await publishedVhsEvent("Interkulturelle Kommunikation");
    const { slug } = await row(id);

    const input = await edited(c.vhsOrganiser, id, (v) => {
      v.title = "Interkulturelle Kommunikation – jetzt mit Gratis-Kryptokurs";
      v.capacity = "14";
    });
    expect(await save.updateEvent(c.vhsOrganiser, id, input)).toEqual({ waitsForReview: true });

    const visible = await getPublicEvent(slug);
    expect(visible!.event.title).toBe("Interkulturelle Kommunikation");
    expect(visible!.event.capacity).toBe(14);
    expect(visible!.event).not.toHaveProperty("pendingRevision");
    const page = await editor.eventFormValues(c.vhsOrganiser, id);
    expect(page.event.changeWaitsForReview).toBe(true);
    expect(page.values.title).toBe("Interkulturelle Kommunikation – jetzt mit Gratis-Kryptokurs");

    const waiting = (await listWaitingChanges(c.coordinator)).find((w) => w.id === id);
    expect(waiting?.diff).toEqual([{ field: "title", label: "Titel", before: "Interkulturelle Kommunikation", after: "Interkulturelle Kommunikation – jetzt mit Gratis-Kryptokurs" }]);
    const coordinatorMails = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, id), eq(c.t.mailOutbox.kind, "change_submitted")));
    expect(coordinatorMails.length).toBeGreaterThan(0);

    await approveChange(c.coordinator, id);
    const approvedMails = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, id), eq(c.t.mailOutbox.kind, "change_approved")));
    expect(approvedMails.map((m) => m.subject)).toContain("Änderung veröffentlicht: Interkulturelle Kommunikation – jetzt mit Gratis-Kryptokurs");
    expect((await getPublicEvent(slug))!.event.title).toBe("Interkulturelle Kommunikation – jetzt mit Gratis-Kryptokurs");
    expect((await row(id)).pendingRevision).toBeNull();
    expect((await listWaitingChanges(c.coordinator)).some((w) => w.id === id)).toBe(false);
  });

  it("hold the English title and summary for review like the German ones", async () => {
    const { listWaitingChanges } = await import("@/lib/event-admin/review-queue");
    const { approveChange } = await import("@/lib/event-admin/workflow");
    const id = await publishedVhsEvent("Erste Hilfe für die Seele");
    const input = await edited(c.vhsOrganiser, id, (v) => {
      v.titleEn = "Psychological first aid";
      v.summaryEn = "Briefly said.";
    });
    expect(await save.updateEvent(c.vhsOrganiser, id, input)).toEqual({ waitsForReview: true });
    expect(await row(id)).toMatchObject({ titleEn: null, summaryEn: null });
    const waiting = (await listWaitingChanges(c.coordinator)).find((w) => w.id === id);
    expect(waiting?.diff).toEqual([
      { field: "titleEn", label: "Titel auf Englisch", before: "", after: "Psychological first aid" },
      { field: "summaryEn", label: "Kurzbeschreibung auf Englisch", before: "", after: "Briefly said." },
    ]);
    await approveChange(c.coordinator, id);
    expect(await row(id)).toMatchObject({ titleEn: "Psychological first aid", summaryEn: "Briefly said.", pendingRevision: null });
  });

  it("discard a rejected change with the office's reason, and let the office and trusted organisations publish directly", async () => {
    const { rejectChange, approveChange } = await import("@/lib/event-admin/workflow");
    const { AccessDenied } = await import("@/lib/auth/access");
    const id = await publishedVhsEvent("Traumasensibel begleiten");
    await save.updateEvent(c.vhsOrganiser, id, await edited(c.vhsOrganiser, id, (v) => (v.description = "Ganz anders.")));
    await expect(approveChange(c.vhsAdmin, id)).rejects.toBeInstanceOf(AccessDenied);
    await rejectChange(c.coordinator, id, "Bitte beim Thema bleiben.");
    const rejected = await row(id);
    expect(rejected).toMatchObject({ pendingRevision: null, description: "Ausführlich gesagt.", reviewComment: "Bitte beim Thema bleiben.", status: "published" });
    const returned = await c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.eventId, id), eq(c.t.mailOutbox.kind, "change_rejected")));
    expect(returned.some((m) => m.textBody.includes("Bitte beim Thema bleiben."))).toBe(true);

    expect(await save.updateEvent(c.coordinator, id, await edited(c.coordinator, id, (v) => (v.title = "Traumasensibel begleiten (Kurs)")))).toEqual({ waitsForReview: false });
    expect((await row(id)).title).toBe("Traumasensibel begleiten (Kurs)");
  });

  it("change times at once (participants get the change mail), without review", async () => {
    const id = await publishedVhsEvent("Zeiten ändern");
    const input = await edited(c.vhsOrganiser, id, (v) => ((v.sessions as { start: string }[])[0].start = "18:30"));
    expect(await save.updateEvent(c.vhsOrganiser, id, input)).toEqual({ waitsForReview: false });
    expect((await sessionsOf(id))[0].startsAt.toISOString()).toBe("2027-03-02T17:30:00.000Z");
    expect((await row(id)).pendingRevision).toBeNull();
  });
});

describe("sessions keep their ids across edits", () => {
  it("keeps attendance of the third session on its date when the second session is removed", async () => {
    const id = await publishedVhsEvent("Supervision mit drei Terminen");
    const [, , third] = await sessionsOf(id);
    const [member] = await c.db
      .insert(c.t.registrations)
      .values({ eventId: id, status: "confirmed", firstName: "Mia", lastName: "Muster", email: "mia@example.org", emailNormalized: "mia@example.org" })
      .returning();
    await c.db.insert(c.t.sessionAttendance).values({ registrationId: member.id, sessionId: third.id, status: "present", recordedAt: new Date("2027-03-16T19:00:00Z"), recordedByAccountId: c.vhsOrganiser.accountId });

    await save.updateEvent(c.vhsOrganiser, id, await edited(c.vhsOrganiser, id, (v) => (v.sessions as unknown[]).splice(1, 1)));
    const sessions = await sessionsOf(id);
    expect(sessions.map((s) => s.startsAt.toISOString().slice(0, 10))).toEqual(["2027-03-02", "2027-03-16"]);
    const [mark] = await c.db.select().from(c.t.sessionAttendance).where(eq(c.t.sessionAttendance.registrationId, member.id));
    const [markedSession] = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.id, mark.sessionId));
    expect(markedSession.startsAt.toISOString().slice(0, 10)).toBe("2027-03-16");
  });

  it("refuses removing a session with attendance, and a session id of another event", async () => {
    const id = await publishedVhsEvent("Termin mit Anwesenheit");
    const [first] = await sessionsOf(id);
    const [member] = await c.db
      .insert(c.t.registrations)
      .values({ eventId: id, status: "confirmed", firstName: "Ben", lastName: "Beispiel", email: "ben@example.org", emailNormalized: "ben@example.org" })
      .returning();
    await c.db.insert(c.t.sessionAttendance).values({ registrationId: member.id, sessionId: first.id, status: "absent", recordedAt: new Date("2027-03-02T19:00:00Z") });
    await expect(save.updateEvent(c.vhsOrganiser, id, await edited(c.vhsOrganiser, id, (v) => (v.sessions as unknown[]).splice(0, 1)))).rejects.toMatchObject({
      field: "sessions",
      message: expect.stringMatching(/Anwesenheit erfasst/),
    });
    const [foreignSession] = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, c.foreign.eventId)).limit(1);
    const tampered = await edited(c.vhsOrganiser, id, (v) => ((v.sessions as { id: string }[])[1].id = String(foreignSession.id)));
    await expect(save.updateEvent(c.vhsOrganiser, id, tampered)).rejects.toMatchObject({ field: "sessions.1.date" });
    expect((await sessionsOf(id)).map((s) => s.id)).toContain(first.id);
    // The database refuses it too.
    await expect(c.db.delete(c.t.eventSessions).where(eq(c.t.eventSessions.id, first.id))).rejects.toThrow();
  });
});

describe("the format of an event", () => {
  it("cannot change once anyone registered (any status), with a German message next to the field", async () => {
    const id = await publishedVhsEvent("Format bleibt");
    await c.db.insert(c.t.registrations).values({ eventId: id, status: "cancelled", firstName: "Eva", lastName: "Ende", email: "eva@example.org", emailNormalized: "eva@example.org" });
    expect((await editor.eventFormValues(c.coordinator, id)).formatLocked).toBe(true);
    const input = await edited(c.coordinator, id, (v) => (v.formatId = String(formatIds[1])));
    await expect(save.updateEvent(c.coordinator, id, input)).rejects.toMatchObject({ field: "formatId", message: expect.stringMatching(/Format kann nicht mehr geändert werden/) });
    expect((await row(id)).formatId).toBe(formatIds[0]);
  });

  it("can change while nobody registered", async () => {
    const id = await publishedVhsEvent("Format frei");
    await save.updateEvent(c.coordinator, id, await edited(c.coordinator, id, (v) => (v.formatId = String(formatIds[1]))));
    expect((await row(id)).formatId).toBe(formatIds[1]);
  });
});

describe("a series on picked days", () => {
  it("has at most 52 days besides the first, said next to the field", async () => {
    const days = Array.from({ length: 53 }, (_, i) => new Date(Date.UTC(2027, 3, 1 + i)).toISOString().slice(0, 10));
    const base = { title: "Reihe", summary: "S", description: "D", formatId: String(formatIds[0]), attendanceMode: "in_person", venueId: String(venueId), capacity: "5", sessions: [{ date: "2027-03-30", start: "10:00", end: "11:00" }], repeat: "dates" };
    const tooMany = schema.eventFormSchema.safeParse({ ...base, repeatDates: days });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["repeatDates.0", "Bitte wählen Sie höchstens 52 weitere Tage. Für mehr Termine legen Sie eine zweite Reihe an."]]);
    expect(schema.eventFormSchema.safeParse({ ...base, repeatDates: days.slice(0, 52) }).success).toBe(true);
    const { seriesFirstDates } = await import("@/lib/event-admin/series-dates");
    expect(() => seriesFirstDates("2027-03-30", "dates", 0, days)).toThrow(RangeError);
  });
});
