import { beforeAll, describe, expect, it } from "vitest";
import { registrationTexts } from "./support/form-texts";
import { and, eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { fieldErrors } from "@/lib/forms/form-state";

const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let commands: typeof import("@/lib/registrations/commands");
let queries: typeof import("@/lib/registrations/queries");
let schemas: typeof import("@/lib/registrations/schemas");
let rateLimit: typeof import("@/lib/rate-limit/rate-limit");
let t: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  commands = await import("@/lib/registrations/commands");
  queries = await import("@/lib/registrations/queries");
  schemas = await import("@/lib/registrations/schemas");
  rateLimit = await import("@/lib/rate-limit/rate-limit");
  t = await import("@/db/schema");
});

let counter = 0;
async function eventWithCapacity(capacity: number) {
  const [org] = await ctx.db.select().from(t.organisations).where(eq(t.organisations.slug, "fluechtlingskoordination"));
  const [format] = await ctx.db.select().from(t.formats).limit(1);
  const startsAt = new Date(now.getTime() + 10 * 24 * 3600 * 1000);
  const endsAt = new Date(startsAt.getTime() + 7200 * 1000);
  const [event] = await ctx.db
    .insert(t.events)
    .values({ slug: `test-${++counter}`, title: `Test ${counter}`, summary: "s", description: "d", formatId: format.id, organisationId: org.id, capacity, status: "published", startsAt, endsAt })
    .returning();
  await ctx.db.insert(t.eventSessions).values({ eventId: event.id, startsAt, endsAt });
  return event;
}

const person = (n: number | string) =>
  // Names hold no digits (lib/registrations/person-name.ts): the number goes into the address only.
  schemas.registrationSchema([], registrationTexts()).parse({ firstName: "Test", lastName: `Person ${String(n).replace(/[^\p{L}-]/gu, "")}`, email: `person-${n}@example.org`, initiative: "keine", consent: true });

async function statuses(eventId: number) {
  return ctx.db.select({ status: t.registrations.status, email: t.registrations.email }).from(t.registrations).where(eq(t.registrations.eventId, eventId)).orderBy(t.registrations.createdAt, t.registrations.id);
}

describe("registration commands", () => {
  it("confirm while seats are free, then put people on the waiting list in order", async () => {
    const event = await eventWithCapacity(2);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await commands.registerForEvent(event.slug, person(`order-${i}`)));
    expect(results.map((r) => (r.kind === "registered" ? [r.status, r.position] : r.kind))).toEqual([
      ["confirmed", null],
      ["confirmed", null],
      ["waitlisted", 1],
      ["waitlisted", 2],
    ]);
    const mails = await ctx.db.select({ kind: t.mailOutbox.kind }).from(t.mailOutbox).where(eq(t.mailOutbox.eventId, event.id));
    expect(mails.map((m) => m.kind).sort()).toEqual(["registration_confirmed", "registration_confirmed", "waitlisted", "waitlisted"]);
  });

  it("tell each person on the waiting list their own place, in the mail and in the answer", async () => {
    const event = await eventWithCapacity(1);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => commands.registerForEvent(event.slug, person(`place-${i}`))));
    const places = results.map((r) => (r.kind === "registered" ? r.position : null)).filter((p) => p !== null).sort();
    expect(places).toEqual([1, 2, 3, 4, 5]);
    const mails = await ctx.db
      .select({ kind: t.mailOutbox.kind, text: t.mailOutbox.textBody, html: t.mailOutbox.htmlBody, registrationId: t.mailOutbox.registrationId })
      .from(t.mailOutbox)
      .where(eq(t.mailOutbox.eventId, event.id));
    expect(mails).toHaveLength(6);
    for (const r of results) {
      if (r.kind !== "registered") throw new Error(r.kind);
      const mail = mails.find((m) => m.registrationId === r.registrationId)!;
      expect(mail.kind).toBe(r.status === "confirmed" ? "registration_confirmed" : "waitlisted");
      if (r.position) {
        expect(mail.text).toContain(`auf Platz ${r.position}.`);
        expect(mail.html).toContain(`auf Platz ${r.position}.`);
      }
      expect(mail.text + mail.html).not.toMatch(/__PLATZ_/);
    }
  });

  it("hand out no manage link of an existing registration to someone who registers the same address", async () => {
    const event = await eventWithCapacity(3);
    const first = await commands.registerForEvent(event.slug, person("owner"));
    if (first.kind !== "registered") throw new Error(first.kind);
    const tokensBefore = await ctx.db.select().from(t.registrationTokens).where(eq(t.registrationTokens.registrationId, first.registrationId));
    const again = await commands.registerForEvent(event.slug, person("owner"));
    expect(again).toEqual({ kind: "duplicate" });
    // One new token only: the one in the mail to the stored address (none comes back in the answer).
    const tokensAfter = await ctx.db.select().from(t.registrationTokens).where(eq(t.registrationTokens.registrationId, first.registrationId));
    expect(tokensAfter).toHaveLength(tokensBefore.length + 1);
  });

  it("never overbook under many simultaneous registrations in one process", async () => {
    const event = await eventWithCapacity(5);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => commands.registerForEvent(event.slug, person(`rush-${i}`))));
    expect(results.every((r) => r.kind === "registered")).toBe(true);
    const rows = await statuses(event.id);
    expect(rows.filter((r) => r.status === "confirmed")).toHaveLength(5);
    expect(rows.filter((r) => r.status === "waitlisted")).toHaveLength(55);
  });

  it("refuse a second registration of the same address and mail the link again", async () => {
    const event = await eventWithCapacity(5);
    await commands.registerForEvent(event.slug, person("twice"));
    const again = await commands.registerForEvent(event.slug, { ...person("twice"), email: "PERSON-twice@Example.org" });
    expect(again.kind).toBe("duplicate");
    expect(await statuses(event.id)).toHaveLength(1);
    const kinds = await ctx.db.select({ kind: t.mailOutbox.kind }).from(t.mailOutbox).where(eq(t.mailOutbox.eventId, event.id));
    expect(kinds.map((k) => k.kind)).toContain("duplicate_registration");
  });

  it("promote the first person on the waiting list when a confirmed person cancels", async () => {
    const event = await eventWithCapacity(1);
    const first = await commands.registerForEvent(event.slug, person("seat"));
    await commands.registerForEvent(event.slug, person("wait-1"));
    await commands.registerForEvent(event.slug, person("wait-2"));
    if (first.kind !== "registered") throw new Error("expected a registration");
    expect(await commands.cancelRegistrationByToken(first.token)).toBe("cancelled");
    expect(await commands.cancelRegistrationByToken(first.token)).toBe("already");
    expect((await statuses(event.id)).map((r) => [r.email, r.status])).toEqual([
      ["person-seat@example.org", "cancelled"],
      ["person-wait-1@example.org", "confirmed"],
      ["person-wait-2@example.org", "waitlisted"],
    ]);
    const promoted = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.eventId, event.id), eq(t.mailOutbox.kind, "promoted")));
    expect(promoted.map((m) => m.recipient)).toEqual(["person-wait-1@example.org"]);
    expect(promoted[0].textBody).toMatch(/\/anmeldung\/[A-Za-z0-9_-]{43}/);
  });

  it("withdraw mails still queued for a cancelled registration, and send the cancellation", async () => {
    const event = await eventWithCapacity(3);
    const result = await commands.registerForEvent(event.slug, person("quick-cancel"));
    if (result.kind !== "registered") throw new Error("expected a registration");
    expect(await commands.cancelRegistrationByToken(result.token)).toBe("cancelled");
    const mails = await ctx.db.select({ kind: t.mailOutbox.kind, status: t.mailOutbox.status }).from(t.mailOutbox).where(eq(t.mailOutbox.eventId, event.id)).orderBy(t.mailOutbox.id);
    expect(mails).toEqual([
      { kind: "registration_confirmed", status: "withdrawn" },
      { kind: "cancellation_confirmed", status: "pending" },
    ]);
  });

  it("let a person change their answers without touching the office's note", async () => {
    const event = await eventWithCapacity(3);
    const result = await commands.registerForEvent(event.slug, person("answers"));
    if (result.kind !== "registered") throw new Error("expected a registration");
    const [row] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.eventId, event.id));
    await ctx.db.update(t.registrations).set({ officeNote: "hat angerufen", answers: { q1: "alt" } }).where(eq(t.registrations.id, row.id));
    expect(await commands.updateRegistrationByToken(result.token, { phone: "0151", answers: { q1: "neu" } })).toBe("updated");
    const [after] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, row.id));
    expect(after.answers).toEqual({ q1: "neu" });
    expect(after.officeNote).toBe("hat angerufen");
  });

  it("keep the manage link working after the event left the public calendar", async () => {
    const event = await eventWithCapacity(3);
    const result = await commands.registerForEvent(event.slug, person("unlisted"));
    if (result.kind !== "registered") throw new Error("expected a registration");
    await ctx.db.update(t.events).set({ status: "draft" }).where(eq(t.events.id, event.id));
    const managed = await queries.getRegistrationByToken(result.token);
    expect(managed?.event.event.title).toBe(event.title);
    expect(managed?.event.listed).toBe(false);
    expect(await commands.cancelRegistrationByToken(result.token)).toBe("cancelled");
  });

  it("show a person their registration through the manage link only", async () => {
    const event = await eventWithCapacity(0);
    const result = await commands.registerForEvent(event.slug, person("manage"));
    if (result.kind !== "registered") throw new Error("expected a registration");
    const managed = await queries.getRegistrationByToken(result.token);
    expect(managed?.registration.status).toBe("waitlisted");
    expect(managed?.position).toBe(1);
    expect(await queries.getRegistrationByToken(result.token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    expect(await queries.getRegistrationByToken("short")).toBeNull();
  });

  it("never fill a supervision group's free place from the waiting list by itself", async () => {
    const { promoteFromWaitlist } = await import("@/lib/registrations/waitlist");
    const { getEventFactsById } = await import("@/lib/events/public-queries");
    const { writeTransaction } = await import("@/lib/db/write-transaction");
    const [group] = await ctx.db
      .select({ id: t.events.id })
      .from(t.events)
      .innerJoin(t.formats, eq(t.formats.id, t.events.formatId))
      .where(and(eq(t.formats.isSupervision, true), eq(t.events.status, "published")))
      .orderBy(t.events.startsAt)
      .limit(1);
    const start = new Date(now.getTime() + 30 * 24 * 3600 * 1000);
    await ctx.db.update(t.events).set({ capacity: 50, startsAt: start }).where(eq(t.events.id, group.id));
    const [waiting] = await ctx.db.insert(t.registrations).values({ eventId: group.id, status: "waitlisted", firstName: "W", lastName: "Artend", email: "w@example.org", emailNormalized: "w@example.org" }).returning();
    const facts = (await getEventFactsById(group.id))!;
    expect(await writeTransaction((tx) => promoteFromWaitlist(tx, facts, now))).toEqual([]);
    const [after] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, waiting.id));
    expect(after.status).toBe("waitlisted");
  });

  it("close registration for cancelled events", async () => {
    const event = await eventWithCapacity(5);
    await ctx.db.update(t.events).set({ status: "cancelled" }).where(eq(t.events.id, event.id));
    expect(await commands.registerForEvent(event.slug, person("late"))).toEqual({ kind: "closed", state: "cancelled" });
  });
});

describe("rate limits", () => {
  it("count per key and window, across calls", async () => {
    const at = Date.now();
    const results = await Promise.all(Array.from({ length: 5 }, () => rateLimit.hitRateLimit("test:key", 3, 60, at)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
    expect((await rateLimit.hitRateLimit("test:key", 3, 60, at + 61_000)).allowed).toBe(true);
  });
});

describe("registration schema", () => {
  const questions = [
    { id: 1, kind: "yes_no" as const, label: "Erfahrung?", help: null, required: true, options: [] },
    { id: 2, kind: "multiple_choice" as const, label: "Sprachen", help: null, required: true, options: ["Arabisch", "Farsi"] },
    { id: 3, kind: "short_text" as const, label: "Wunsch", help: null, required: false, options: [] },
  ];
  it("report each missing field with a German message", () => {
    const result = schemas.registrationSchema(questions, registrationTexts()).safeParse({ firstName: "", email: "x", initiative: "andere", answers: {}, consent: false });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["answers.q1", "answers.q2", "consent", "email", "firstName", "initiativeOther", "lastName"]);
    expect(errors.email).toContain("gültige E-Mail-Adresse");
  });
  it("read posted form data, also repeated checkboxes", () => {
    const data = new FormData();
    for (const [k, v] of [["firstName", "A"], ["lastName", "B"], ["email", "a@b.de"], ["initiativeChoice", "keine"], ["consent", "on"], ["answers.q1", "ja"], ["answers.q2", "Arabisch"], ["answers.q2", "Farsi"]]) data.append(k, v);
    const parsed = schemas.registrationFormSchema(questions, [], registrationTexts()).parse(schemas.registrationFormDataToInput(data, questions));
    expect(parsed.answers).toEqual({ q1: "ja", q2: ["Arabisch", "Farsi"], q3: "" });
  });
});

describe("the registration's language", () => {
  it("stores the language the person registered in (German when none is given), on a seat and on the waiting list", async () => {
    const event = await eventWithCapacity(1);
    await commands.registerForEvent(event.slug, person("lang-en"), now, "en");
    await commands.registerForEvent(event.slug, person("lang-en-waiting"), now, "en");
    await commands.registerForEvent(event.slug, person("lang-de"), now);
    const rows = await ctx.db.select({ email: t.registrations.email, status: t.registrations.status, locale: t.registrations.locale }).from(t.registrations).where(eq(t.registrations.eventId, event.id)).orderBy(t.registrations.id);
    expect(rows.map((r) => [r.email, r.status, r.locale])).toEqual([
      ["person-lang-en@example.org", "confirmed", "en"],
      ["person-lang-en-waiting@example.org", "waitlisted", "en"],
      ["person-lang-de@example.org", "waitlisted", "de"],
    ]);
  });

  it("gives the schema's errors in the language of its texts", () => {
    const empty = { firstName: "", lastName: "X", email: "nope", initiative: "andere", consent: false };
    const errorsIn = (locale: "de" | "en") => fieldErrors(schemas.registrationSchema([], registrationTexts(locale)).safeParse(empty).error!);
    expect(errorsIn("en")).toMatchObject({
      firstName: "Please enter your first name.",
      email: "Please enter a valid e-mail address, for example name@example.com.",
      consent: "Please agree that we store your details. Without your consent we cannot register you.",
      initiativeOther: "Please write the name of your initiative.",
    });
    expect(errorsIn("de")).toMatchObject({
      firstName: "Bitte geben Sie Ihren Vornamen ein.",
      email: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
      initiativeOther: "Bitte schreiben Sie den Namen Ihrer Initiative auf.",
    });
    const long = schemas.registrationSchema([], registrationTexts("en")).safeParse({ ...empty, firstName: "A", email: "a@example.org", initiative: "keine", consent: true, accessibilityNeeds: "x".repeat(1001) });
    expect(fieldErrors(long.error!).accessibilityNeeds).toBe("This text is too long. Please shorten it to at most 1000 characters.");
  });
});
