import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let schema: typeof import("@/lib/event-admin/event-form-schema-server");
let save: typeof import("@/lib/event-admin/event-save");
let dup: typeof import("@/lib/event-admin/event-duplicate");
let list: typeof import("@/lib/event-admin/event-list-query");
let access: typeof import("@/lib/auth/access");
let formatId: number;
let topicIds: number[];
let venueId: number;

beforeAll(async () => {
  c = await authzContext(new Date("2026-11-25T12:00:00Z"));
  schema = await import("@/lib/event-admin/event-form-schema-server");
  save = await import("@/lib/event-admin/event-save");
  dup = await import("@/lib/event-admin/event-duplicate");
  list = await import("@/lib/event-admin/event-list-query");
  access = await import("@/lib/auth/access");
  formatId = (await c.db.select().from(c.t.formats).limit(1))[0].id;
  topicIds = (await c.db.select().from(c.t.topics).limit(2)).map((t) => t.id);
  venueId = (await c.db.select().from(c.t.venues).limit(1))[0].id;
});

/** What the form posts, as the action hands it to the schema. */
function posted(overrides: Record<string, unknown> = {}) {
  return {
    title: "Deeskalation am Abend",
    summary: "Ruhig bleiben, wenn es laut wird.",
    description: "Übungen und Austausch.",
    formatId: String(formatId),
    attendanceMode: "in_person",
    venueId: String(venueId),
    capacity: "12",
    topicIds: topicIds.map(String),
    languages: ["de", "en"],
    reminderEnabled: "on",
    sessions: [
      { date: "2027-03-23", start: "18:00", end: "20:30" },
      { date: "2027-03-30", start: "18:00", end: "20:30" },
      { date: "", start: "", end: "" },
    ],
    questions: [
      { id: "", label: "Haben Sie Vorerfahrung?", kind: "yes_no", options: "", required: "on" },
      { id: "", label: "", kind: "short_text", options: "" },
    ],
    repeat: "none",
    ...overrides,
  };
}

const parse = (raw: Record<string, unknown>) => schema.eventFormSchema.parse(raw);
function errorsOf(raw: Record<string, unknown>) {
  const result = schema.eventFormSchema.safeParse(raw);
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
}

describe("event form schema", () => {
  it("names every problem in German next to its field", () => {
    const errors = errorsOf({ title: "", summary: "", description: "", formatId: "", attendanceMode: "hybrid", venueId: "", onlineUrl: "zoom", capacity: "0", sessions: [{ date: "2027-01-05", start: "19:00", end: "18:00" }] });
    expect(errors.title).toBe("Bitte geben Sie einen Titel an.");
    expect(errors.summary).toBe("Bitte geben Sie eine Kurzbeschreibung an.");
    expect(errors.formatId).toBe("Bitte wählen Sie ein Format.");
    expect(errors.capacity).toBe("Bitte geben Sie eine Zahl zwischen 1 und 10000 an.");
    expect(errors.venueId).toBe("Bitte wählen Sie einen Ort oder legen Sie einen neuen an.");
    expect(errors.onlineUrl).toMatch(/https:\/\//);
    expect(errors["sessions.0.end"]).toBe("Das Ende muss nach dem Beginn liegen.");
  });

  it("wants at least one session, in order, and a complete new venue", () => {
    expect(errorsOf(posted({ sessions: [{ date: "", start: "", end: "" }] }))["sessions.0.date"]).toBe("Bitte geben Sie mindestens einen Termin an.");
    const order = errorsOf(posted({ sessions: [{ date: "2027-03-30", start: "18:00", end: "20:00" }, { date: "2027-03-23", start: "18:00", end: "20:00" }] }));
    expect(order["sessions.1.date"]).toBe("Dieser Termin muss nach dem Ende des vorigen Termins beginnen.");
    const venue = errorsOf(posted({ venueId: "neu", newVenue: { name: "Saal", postalCode: "551" } }));
    expect(venue["newVenue.street"]).toBe("Bitte geben Sie Straße und Hausnummer an.");
    expect(venue["newVenue.postalCode"]).toBe("Bitte geben Sie eine Postleitzahl mit 5 Ziffern an.");
    expect(errorsOf(posted({ questions: [{ label: "Welche Sprache?", kind: "single_choice", options: "Arabisch" }] }))["questions.0.options"]).toMatch(/zwei Auswahlmöglichkeiten/);
    expect(errorsOf(posted({ closesDate: "2027-03-01", closesTime: "", opensDate: "2027-03-05", opensTime: "10:00" }))).toMatchObject({ closesTime: expect.stringMatching(/Uhrzeit/), closesDate: expect.stringMatching(/nach dem Beginn/) });
  });

  it("reads a posted form (no JavaScript) into the same nested values and drops blank rows", async () => {
    const { eventFormDataToValues } = await import("@/lib/event-admin/event-form-data");
    const fd = new FormData();
    for (const [k, v] of Object.entries({ title: "T", "sessions.0.date": "2027-01-05", "sessions.0.start": "18:00", "sessions.0.end": "20:00", "sessions.1.date": "", "questions.0.label": "Frage?", "questions.0.kind": "short_text", topicIds: "3" })) fd.append(k, v);
    fd.append("languages", "de");
    fd.append("languages", "ar");
    const values = eventFormDataToValues(fd);
    expect(values).toMatchObject({ title: "T", topicIds: ["3"], languages: ["de", "ar"], sessions: [{ date: "2027-01-05", start: "18:00", end: "20:00" }, { date: "" }], questions: [{ label: "Frage?" }] });
    const parsed = schema.eventFormSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.some((i) => i.path[0] === "sessions")).toBe(false);
  });

  it("plans series days: weekly, monthly (end of month kept in range), picked days sorted; checks the repeat fields", async () => {
    const { seriesFirstDates } = await import("@/lib/event-admin/series-dates");
    expect(seriesFirstDates("2027-01-31", "monthly", 3, [])).toEqual(["2027-01-31", "2027-02-28", "2027-03-31"]);
    expect(seriesFirstDates("2027-01-05", "weekly", 2, [])).toEqual(["2027-01-05", "2027-01-12"]);
    expect(seriesFirstDates("2027-01-05", "dates", 0, ["2027-02-01", "2027-01-20", "2027-01-20", "2027-01-01"])).toEqual(["2027-01-05", "2027-01-20", "2027-02-01"]);
    expect(errorsOf(posted({ repeat: "weekly", repeatCount: "40" })).repeatCount).toBe("Bitte geben Sie eine Zahl zwischen 2 und 26 an.");
    expect(errorsOf(posted({ repeat: "dates", repeatDates: ["2027-03-01"] }))["repeatDates.0"]).toBe("Dieser Tag muss nach dem ersten Termin liegen.");
  });

  it("turns Berlin wall-clock times into UTC on both sides of the change to summer time", async () => {
    const { sessionInstants } = await import("@/lib/event-admin/local-times");
    expect(sessionInstants({ date: "2027-03-27", start: "10:00", end: "12:00" }).startsAt.toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(sessionInstants({ date: "2027-03-28", start: "10:00", end: "12:00" }).startsAt.toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(sessionInstants({ date: "2026-10-25", start: "18:00", end: "20:00" }).endsAt.toISOString()).toBe("2026-10-25T19:00:00.000Z");
  });
});

async function stored(eventId: number) {
  const [event] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, eventId));
  const sessions = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, eventId)).orderBy(asc(c.t.eventSessions.startsAt));
  const topics = await c.db.select().from(c.t.eventTopics).where(eq(c.t.eventTopics.eventId, eventId));
  const questions = await c.db.select().from(c.t.eventQuestions).where(eq(c.t.eventQuestions.eventId, eventId)).orderBy(asc(c.t.eventQuestions.position));
  const audit = await c.db.select().from(c.t.auditLog).where(and(eq(c.t.auditLog.entityType, "event"), eq(c.t.auditLog.entityId, eventId)));
  return { event, sessions, topics, questions, audit };
}

describe("saving events", () => {
  it("creates a draft of the own organisation with sessions, topics and questions, starts/ends in step", async () => {
    const { ids } = await save.createEvents(c.vhsOrganiser, parse(posted()));
    const s = await stored(ids[0]);
    expect(s.event.status).toBe("draft");
    expect(s.event.organisationId).toBe(c.vhsOrganiser.organisationId);
    expect(s.event.slug).toBe("deeskalation-am-abend-2027-03-23");
    expect(s.sessions.map((x) => x.startsAt.toISOString())).toEqual(["2027-03-23T17:00:00.000Z", "2027-03-30T16:00:00.000Z"]);
    expect(s.event.startsAt).toEqual(s.sessions[0].startsAt);
    expect(s.event.endsAt).toEqual(s.sessions[1].endsAt);
    expect(s.topics).toHaveLength(2);
    expect(s.questions.map((q) => [q.label, q.kind, q.required])).toEqual([["Haben Sie Vorerfahrung?", "yes_no", true]]);
    expect(s.audit.map((a) => a.action)).toEqual(["event.created"]);
    const again = await save.createEvents(c.vhsOrganiser, parse(posted()));
    expect((await stored(again.ids[0])).event.slug).toBe("deeskalation-am-abend-2027-03-23-2");
  });

  it("updates an event: sessions changed in place, starts/ends follow, answered questions kept, audit with changed fields", async () => {
    const { ids } = await save.createEvents(c.vhsOrganiser, parse(posted()));
    const id = ids[0];
    const { questions: [question], event: original, sessions: originalSessions } = await stored(id);
    await c.db.insert(c.t.registrations).values({ eventId: id, status: "confirmed", firstName: "A", lastName: "B", email: "a@example.org", emailNormalized: "a@example.org", answers: { [`q${question.id}`]: "ja" } });
    const removeAnswered = posted({ questions: [{ id: String(question.id), label: question.label, kind: "yes_no", remove: "on" }] });
    await expect(save.updateEvent(c.vhsOrganiser, id, parse(removeAnswered))).rejects.toMatchObject({ field: "questions.0.remove" });
    const changed = posted({
      title: "Deeskalation am Abend (neu)",
      capacity: "8",
      // The form carries each session's id: the first one is moved, the second one removed.
      sessions: [{ id: String(originalSessions[0].id), date: "2027-04-06", start: "17:00", end: "19:00" }],
      questions: [
        { id: "", label: "Was erwarten Sie?", kind: "long_text" },
        { id: String(question.id), label: "Haben Sie schon Erfahrung?", kind: "yes_no" },
      ],
    });
    await save.updateEvent(c.vhsOrganiser, id, parse(changed));
    const s = await stored(id);
    expect(s.event.title).toBe("Deeskalation am Abend (neu)");
    expect(s.event.slug).toBe(original.slug);
    expect(s.event.capacity).toBe(8);
    const [kept] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, id));
    expect(kept.status).toBe("confirmed");
    expect(s.sessions).toHaveLength(1);
    // The first session keeps its id (and so its calendar UID); the second one is gone.
    expect(s.sessions[0].id).toBe(originalSessions[0].id);
    expect(s.event.startsAt.toISOString()).toBe("2027-04-06T15:00:00.000Z");
    expect(s.event.endsAt.toISOString()).toBe("2027-04-06T17:00:00.000Z");
    expect(s.questions.map((q) => [q.label, q.id === question.id])).toEqual([["Was erwarten Sie?", false], ["Haben Sie schon Erfahrung?", true]]);
    const update = s.audit.find((a) => a.action === "event.updated")!;
    expect(update.before).toMatchObject({ title: "Deeskalation am Abend", capacity: 12 });
    expect(update.after).toMatchObject({ title: "Deeskalation am Abend (neu)", capacity: 8 });
    expect(update.after).not.toHaveProperty("description");
  });

  it("creates a weekly series of linked drafts and a series on picked days", async () => {
    const weekly = await save.createEvents(c.vhsOrganiser, parse(posted({ title: "Helferkreis wöchentlich", repeat: "weekly", repeatCount: "3" })));
    expect(weekly.ids).toHaveLength(3);
    const events = await Promise.all(weekly.ids.map(stored));
    expect(events.every((e) => e.event.seriesId === weekly.seriesId && e.event.status === "draft")).toBe(true);
    // Across the change to summer time the wall-clock time stays 18:00.
    expect(events.map((e) => e.event.startsAt.toISOString())).toEqual(["2027-03-23T17:00:00.000Z", "2027-03-30T16:00:00.000Z", "2027-04-06T16:00:00.000Z"]);
    expect(events[2].sessions.map((x) => x.startsAt.toISOString())).toEqual(["2027-04-06T16:00:00.000Z", "2027-04-13T16:00:00.000Z"]);
    expect(events[1].questions).toHaveLength(1);
    const picked = await save.createEvents(c.vhsOrganiser, parse(posted({ title: "Infoabend an Tagen", repeat: "dates", repeatDates: ["2027-05-04", "", "2027-06-01"] })));
    expect((await Promise.all(picked.ids.map(stored))).map((e) => e.event.startsAt.toISOString().slice(0, 10))).toEqual(["2027-03-23", "2027-05-04", "2027-06-01"]);
  });

  it("duplicates an event as a draft with the same facts, topics and questions, moved to a new day", async () => {
    const { ids } = await save.createEvents(c.vhsOrganiser, parse(posted({ title: "Zum Kopieren" })));
    const copyId = await dup.duplicateEvent(c.vhsOrganiser, ids[0], "2027-09-07");
    const copy = await stored(copyId);
    expect(copy.event.title).toBe("Zum Kopieren");
    expect(copy.event.status).toBe("draft");
    expect(copy.sessions.map((x) => x.startsAt.toISOString())).toEqual(["2027-09-07T16:00:00.000Z", "2027-09-14T16:00:00.000Z"]);
    expect(copy.topics).toHaveLength(2);
    expect(copy.questions.map((q) => q.label)).toEqual(["Haben Sie Vorerfahrung?"]);
    expect(copy.audit[0]).toMatchObject({ action: "event.duplicated", after: expect.objectContaining({ sourceEventId: ids[0] }) });
  });

  it("lets the office create an event for a partner organisation, with a new venue of that organisation", async () => {
    const venue = { name: "Saal am Markt", street: "Markt 1", postalCode: "55116", city: "Mainz", room: "", stepFree: "on" };
    const { ids } = await save.createEvents(c.coordinator, parse(posted({ organisationId: String(c.foreign.organisationId), venueId: "neu", newVenue: venue })));
    const s = await stored(ids[0]);
    expect(s.event.organisationId).toBe(c.foreign.organisationId);
    const [created] = await c.db.select().from(c.t.venues).where(eq(c.t.venues.id, s.event.venueId!));
    expect(created).toMatchObject({ name: "Saal am Markt", stepFree: true, organisationId: c.foreign.organisationId });
  });

  it("lets a partner neither create for another organisation nor edit or copy a foreign event", async () => {
    const before = await stored(c.foreign.eventId);
    await expect(save.createEvents(c.vhsAdmin, parse(posted({ organisationId: String(c.foreign.organisationId) })))).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(save.updateEvent(c.vhsAdmin, c.foreign.eventId, parse(posted()))).rejects.toBeInstanceOf(access.AccessDenied);
    await expect(dup.duplicateEvent(c.vhsAdmin, c.foreign.eventId, null)).rejects.toBeInstanceOf(access.AccessDenied);
    const foreignVenue = await c.db.insert(c.t.venues).values({ name: "Privat", street: "Weg 1", postalCode: "55116", city: "Mainz", organisationId: c.foreign.organisationId }).returning();
    await expect(save.createEvents(c.vhsAdmin, parse(posted({ venueId: String(foreignVenue[0].id) })))).rejects.toMatchObject({ field: "venueId" });
    expect(await stored(c.foreign.eventId)).toEqual(before);
  });

  it("lists only the own organisation's events, the office all, with seats and waiting list", async () => {
    const own = await list.listManagedEvents(c.vhsAdmin, { zeit: "alle" });
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.organisationName === c.vhsAdmin.organisationName)).toBe(true);
    expect((await list.listManagedEvents(c.vhsAdmin, { organisation: c.foreign.organisationId, zeit: "alle" })).total).toBe(0);
    const office = await list.listManagedEvents(c.coordinator, { organisation: c.foreign.organisationId, zeit: "alle" });
    expect(office.total).toBeGreaterThan(0);
    const drafts = await list.listManagedEvents(c.vhsOrganiser, { status: "draft", q: "Deeskalation am Abend", zeit: "alle" });
    expect(drafts.rows.map((r) => r.status)).toContain("draft");
    expect(drafts.rows[0]).toMatchObject({ seatsTaken: expect.any(Number), waiting: expect.any(Number), sessionCount: expect.any(Number) });
  });
});

describe("the share of sessions for a certificate", () => {
  it("defaults to 75 %, is saved and loaded again, and must lie between 1 and 100", async () => {
    expect(parse(posted()).certificateThresholdPercent).toBe(75);
    expect(parse(posted({ certificateThresholdPercent: " " })).certificateThresholdPercent).toBe(75);
    for (const bad of ["0", "101", "7,5", "abc"]) expect(errorsOf(posted({ certificateThresholdPercent: bad }))).toHaveProperty("certificateThresholdPercent", "Bitte geben Sie eine Zahl zwischen 1 und 100 an.");
    const { ids: [id] } = await save.createEvents(c.vhsAdmin, parse(posted({ certificateThresholdPercent: "60" })));
    const values = await import("@/lib/event-admin/event-editor-values");
    const { values: form } = await values.eventFormValues(c.vhsAdmin, id);
    expect(form.certificateThresholdPercent).toBe("60");
    await save.updateEvent(c.vhsAdmin, id, parse({ ...posted(), ...form, certificateThresholdPercent: "80" }));
    const [row] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, id));
    expect(row.certificateThresholdPercent).toBe(80);
  });
});

describe("the optional English title and summary", () => {
  it("are read from the posted form, trimmed, stored, shown again, and cleared when emptied", async () => {
    const data = await import("@/lib/event-admin/event-form-data");
    const form = new FormData();
    for (const [name, value] of Object.entries(posted({ titleEn: "  De-escalation in the evening ", summaryEn: "Staying calm when it gets loud." }))) {
      if (typeof value === "string") form.append(name, value);
    }
    for (const [i, s] of posted().sessions.entries()) for (const [k, v] of Object.entries(s)) form.append(`sessions.${i}.${k}`, v);
    const input = parse(data.eventFormDataToValues(form));
    expect(input).toMatchObject({ titleEn: "De-escalation in the evening", summaryEn: "Staying calm when it gets loud." });
    const { ids: [id] } = await save.createEvents(c.vhsAdmin, input);
    const read = async () => (await c.db.select().from(c.t.events).where(eq(c.t.events.id, id)))[0];
    expect(await read()).toMatchObject({ titleEn: "De-escalation in the evening", summaryEn: "Staying calm when it gets loud." });
    const values = await import("@/lib/event-admin/event-editor-values");
    const { values: shown } = await values.eventFormValues(c.vhsAdmin, id);
    expect(shown).toMatchObject({ titleEn: "De-escalation in the evening", summaryEn: "Staying calm when it gets loud." });
    await save.updateEvent(c.vhsAdmin, id, parse({ ...shown, titleEn: " ", summaryEn: "" }));
    expect(await read()).toMatchObject({ titleEn: null, summaryEn: null, title: "Deeskalation am Abend" });
  });

  it("are optional but no longer than the German title and summary", () => {
    expect(parse(posted())).toMatchObject({ titleEn: null, summaryEn: null });
    const errors = errorsOf(posted({ titleEn: "x".repeat(151), summaryEn: "x".repeat(301) }));
    expect(errors).toMatchObject({ titleEn: "Bitte höchstens 150 Zeichen.", summaryEn: "Bitte höchstens 300 Zeichen." });
  });
});
