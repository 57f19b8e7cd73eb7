import { beforeAll, describe, expect, it } from "vitest";
import { applicationTexts } from "./support/form-texts";
import { and, eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";

const now = new Date();
const DAY = 24 * 3600 * 1000;
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let queries: typeof import("@/lib/supervision/public-queries");
let rules: typeof import("@/lib/supervision/public-rules");
let apply: typeof import("@/lib/supervision/apply");
let schema: typeof import("@/lib/supervision/application-schema");
let commands: typeof import("@/lib/registrations/commands");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  queries = await import("@/lib/supervision/public-queries");
  rules = await import("@/lib/supervision/public-rules");
  apply = await import("@/lib/supervision/apply");
  schema = await import("@/lib/supervision/application-schema");
  commands = await import("@/lib/registrations/commands");
});

let counter = 0;
type GroupOptions = { capacity?: number; firstInDays?: number; status?: "published" | "draft" | "cancelled"; openAfterStart?: boolean; closesInDays?: number; format?: string };

/** A supervision group of three weekly sessions, the first `firstInDays` from now. */
async function group(options: GroupOptions = {}) {
  const [org] = await ctx.db.select().from(t.organisations).where(eq(t.organisations.slug, "psychosoziales-zentrum-goldgrube"));
  const [format] = await ctx.db.select().from(t.formats).where(eq(t.formats.slug, options.format ?? "gruppensupervision"));
  const first = now.getTime() + (options.firstInDays ?? 10) * DAY;
  const sessions = [0, 1, 2].map((i) => ({ startsAt: new Date(first + i * 7 * DAY), endsAt: new Date(first + i * 7 * DAY + 7200_000) }));
  const [event] = await ctx.db
    .insert(t.events)
    .values({
      slug: `sv-test-${++counter}`,
      title: `Supervision Test ${counter}`,
      summary: "s",
      description: "d",
      formatId: format.id,
      organisationId: org.id,
      trainer: "Dr. Super Visor",
      targetGroup: "Patinnen und Paten",
      capacity: options.capacity ?? 3,
      status: options.status ?? "published",
      openAfterStart: options.openAfterStart ?? false,
      registrationClosesAt: options.closesInDays === undefined ? null : new Date(now.getTime() + options.closesInDays * DAY),
      startsAt: sessions[0].startsAt,
      endsAt: sessions[2].endsAt,
    })
    .returning();
  await ctx.db.insert(t.eventSessions).values(sessions.map((s) => ({ ...s, eventId: event.id })));
  return event;
}

async function addMembers(eventId: number, n: number, status: "confirmed" | "waitlisted" = "confirmed") {
  for (let i = 0; i < n; i++) {
    await ctx.db.insert(t.registrations).values({ eventId, status, firstName: "Geheim", lastName: `Mitglied${i}`, email: `m${eventId}-${status}-${i}@example.org`, emailNormalized: `m${eventId}-${status}-${i}@example.org` });
  }
}

const applicant = (email: string, extra: Record<string, unknown> = {}) =>
  schema.applicationSchema(applicationTexts()).parse({ firstName: "Paula", lastName: "Pate", email, initiative: "keine", motivation: "Ich begleite eine Familie.", canAttendAll: "ja", consent: "on", ...extra });

describe("the list of supervision groups", () => {
  it("shows open, full and started groups with their state, and leaves out past, hidden groups and normal events", async () => {
    const open = await group();
    const full = await group({ capacity: 2 });
    await addMembers(full.id, 2);
    const started = await group({ firstInDays: -1 });
    const startedOpen = await group({ firstInDays: -1, openAfterStart: true });
    const past = await group({ firstInDays: -30 });
    const draft = await group({ status: "draft" });
    const normal = await group({ format: "fortbildung" });
    const listed = await queries.listPublicSupervisionGroups(now);
    const slugs = listed.map((g) => g.event.slug);
    expect(slugs).toEqual(expect.arrayContaining([open.slug, full.slug, started.slug, startedOpen.slug]));
    for (const hidden of [past, draft, normal]) expect(slugs).not.toContain(hidden.slug);
    const placesOpen = (slug: string) => {
      const g = listed.find((x) => x.event.slug === slug)!;
      return rules.placesOpen(g.event, g.seatsTaken, now);
    };
    expect(placesOpen(open.slug)).toBe(true);
    expect(placesOpen(full.slug)).toBe(false);
    expect(placesOpen(started.slug)).toBe(false);
    expect(placesOpen(startedOpen.slug)).toBe(true);
    // The demo's groups are there too, and every entry is a supervision group.
    expect(listed.every((g) => g.format.isSupervision)).toBe(true);
    expect(listed.some((g) => g.event.title.startsWith("Gruppensupervision für Patinnen und Paten, ab "))).toBe(true);
  });

  it("finds a group page only for a public supervision group", async () => {
    const open = await group();
    const draft = await group({ status: "draft" });
    const normal = await group({ format: "fortbildung" });
    expect((await queries.getPublicSupervisionGroup(open.slug))?.event.trainer).toBe("Dr. Super Visor");
    expect(await queries.getPublicSupervisionGroup(draft.slug)).toBeNull();
    expect(await queries.getPublicSupervisionGroup(normal.slug)).toBeNull();
    expect(await queries.supervisionFormatSlugs()).toEqual(new Set(["gruppensupervision"]));
  });

  it("closes the window at the deadline, and after the first session unless the group stays open", () => {
    const base = { status: "published", startsAt: new Date(now.getTime() + DAY), endsAt: new Date(now.getTime() + 20 * DAY), registrationOpensAt: null, registrationClosesAt: null, registrationClosed: false, openAfterStart: false, capacity: 5 };
    expect(rules.applicationWindowState(base, now)).toBe("open");
    expect(rules.applicationWindowState({ ...base, registrationClosesAt: new Date(now.getTime() - 1) }, now)).toBe("closed");
    expect(rules.applicationWindowState({ ...base, startsAt: new Date(now.getTime() - DAY) }, now)).toBe("started");
    expect(rules.applicationWindowState({ ...base, startsAt: new Date(now.getTime() - DAY), openAfterStart: true }, now)).toBe("open");
    expect(rules.applicationWindowState({ ...base, status: "cancelled" }, now)).toBe("cancelled");
    expect(rules.applicationWindowState({ ...base, endsAt: new Date(now.getTime() - 1), startsAt: new Date(now.getTime() - 2 * DAY) }, now)).toBe("past");
  });
});

describe("applying", () => {
  it("stores an application with its text, and queues the 'received' mail with the manage link and no .ics", async () => {
    const g = await group();
    const result = await apply.applyForSupervisionGroup(g.slug, applicant("paula@example.org"));
    expect(result.kind).toBe("applied");
    const [row] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, g.id));
    expect(row).toMatchObject({ status: "applied", motivation: "Ich begleite eine Familie.", canAttendAll: true, source: "online", email: "paula@example.org" });
    expect(row.consentVersion).toBeTruthy();
    expect(row.consentAt).toBeInstanceOf(Date);
    const [mail] = await ctx.db.select().from(t.mailOutbox).where(eq(t.mailOutbox.registrationId, row.id));
    expect(mail.kind).toBe("application_received");
    expect(mail.subject).toBe(`Bewerbung angekommen: ${g.title}`);
    expect(mail.textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
    expect(mail.attachments).toEqual([]);
    // An application takes no place: the group still has all its places.
    expect((await queries.getPublicSupervisionGroup(g.slug))?.seatsTaken).toBe(0);
  });

  it("refuses a second live application of the same address and mails the link again", async () => {
    const g = await group();
    await apply.applyForSupervisionGroup(g.slug, applicant("twice@example.org"));
    expect((await apply.applyForSupervisionGroup(g.slug, applicant("TWICE@example.org"))).kind).toBe("duplicate");
    const rows = await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, g.id));
    expect(rows).toHaveLength(1);
    const again = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.eventId, g.id), eq(t.mailOutbox.kind, "duplicate_registration")));
    expect(again).toHaveLength(1);
    expect(again[0].recipient).toBe("twice@example.org");
    expect(again[0].textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
  });

  it("refuses outside the window, for a cancelled group and after the start, unless the group stays open", async () => {
    const closed = await group({ closesInDays: -1 });
    const cancelled = await group({ status: "cancelled" });
    const started = await group({ firstInDays: -1 });
    const startedOpen = await group({ firstInDays: -1, openAfterStart: true });
    expect(await apply.applyForSupervisionGroup(closed.slug, applicant("a@example.org"))).toEqual({ kind: "closed", state: "closed" });
    expect(await apply.applyForSupervisionGroup(cancelled.slug, applicant("a@example.org"))).toEqual({ kind: "closed", state: "cancelled" });
    expect(await apply.applyForSupervisionGroup(started.slug, applicant("a@example.org"))).toEqual({ kind: "closed", state: "started" });
    expect((await apply.applyForSupervisionGroup(startedOpen.slug, applicant("a@example.org"))).kind).toBe("applied");
    for (const g of [closed, cancelled, started]) expect(await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, g.id))).toEqual([]);
  });

  it("still takes applications for a full group: the organiser decides about the waiting list", async () => {
    const g = await group({ capacity: 1 });
    await addMembers(g.id, 1);
    expect((await apply.applyForSupervisionGroup(g.slug, applicant("late@example.org"))).kind).toBe("applied");
  });

  it("refuses a hidden group and a normal event", async () => {
    const draft = await group({ status: "draft" });
    const normal = await group({ format: "fortbildung" });
    expect(await apply.applyForSupervisionGroup(draft.slug, applicant("x@example.org"))).toEqual({ kind: "not_found" });
    expect(await apply.applyForSupervisionGroup(normal.slug, applicant("x@example.org"))).toEqual({ kind: "not_found" });
  });

  it("checks the form: whether one can come to all dates is asked, the free text is optional", () => {
    const missing = schema.applicationSchema(applicationTexts()).safeParse({ firstName: "A", lastName: "B", email: "a@example.org", initiative: "keine", consent: "on" });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => i.path.join("."))).toEqual(["canAttendAll"]);
    const andere = schema.applicationSchema(applicationTexts()).safeParse({ firstName: "A", lastName: "B", email: "a@example.org", initiative: "andere", canAttendAll: "nein", consent: "on" });
    expect(andere.error!.issues.map((i) => i.path.join("."))).toEqual(["initiativeOther"]);
  });
});

describe("withdrawing by the manage link", () => {
  it("withdraws an application, tells the person, and lets them apply again", async () => {
    const g = await group();
    const result = await apply.applyForSupervisionGroup(g.slug, applicant("withdraw@example.org"));
    if (result.kind !== "applied") throw new Error("expected an application");
    expect(await commands.cancelRegistrationByToken(result.token)).toBe("cancelled");
    expect(await commands.cancelRegistrationByToken(result.token)).toBe("already");
    const [row] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, result.registrationId));
    expect(row.status).toBe("cancelled");
    const mails = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.registrationId, row.id), eq(t.mailOutbox.kind, "cancellation_confirmed")));
    expect(mails.map((m) => m.subject)).toEqual([`Bewerbung zurückgezogen: ${g.title}`]);
    expect((await apply.applyForSupervisionGroup(g.slug, applicant("withdraw@example.org"))).kind).toBe("applied");
  });

  it("a member who leaves frees the place; nobody is moved up without the organiser", async () => {
    const g = await group({ capacity: 1 });
    await addMembers(g.id, 1, "waitlisted");
    const result = await apply.applyForSupervisionGroup(g.slug, applicant("member@example.org"));
    if (result.kind !== "applied") throw new Error("expected an application");
    await ctx.db.update(t.registrations).set({ status: "confirmed" }).where(eq(t.registrations.id, result.registrationId));
    expect(await commands.cancelRegistrationByToken(result.token)).toBe("cancelled");
    const statuses = await ctx.db.select({ status: t.registrations.status }).from(t.registrations).where(eq(t.registrations.eventId, g.id));
    expect(statuses.map((s) => s.status).sort()).toEqual(["cancelled", "waitlisted"]);
    expect((await queries.getPublicSupervisionGroup(g.slug))?.seatsTaken).toBe(0);
  });

  it("a guessed token withdraws nothing", async () => {
    expect(await commands.cancelRegistrationByToken("B".repeat(43))).toBe("not_found");
  });
});
