import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { freshDemoDatabase, insertPublishedEvent } from "./support/test-db";

// What a registration keeps between requests (issue 14): the event's facts per content version,
// the rendered event parts of its mails, the questions and the schema built on them. Each must
// give way on the very next registration after an edit, also one made by another connection.

const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let commands: typeof import("@/lib/registrations/commands");
let queries: typeof import("@/lib/registrations/queries");
let schemaCache: typeof import("@/lib/registrations/schema-cache");
let publicQueries: typeof import("@/lib/events/public-queries");
let t: typeof import("@/db/schema");

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  commands = await import("@/lib/registrations/commands");
  queries = await import("@/lib/registrations/queries");
  schemaCache = await import("@/lib/registrations/schema-cache");
  publicQueries = await import("@/lib/events/public-queries");
  t = await import("@/db/schema");
});

const newEvent = (slug: string, capacity: number) => insertPublishedEvent(ctx.db, now, { slug, title: "Erster Titel", capacity });

const input = (name: string, answers: Record<string, string> = {}) => ({
  firstName: "Test",
  lastName: name,
  email: `${name.toLowerCase()}@example.org`,
  phone: "",
  initiative: "keine",
  initiativeOther: "",
  accessibilityNeeds: "",
  answers,
  consent: true as const,
});

async function mailOf(email: string) {
  const [mail] = await ctx.db
    .select({ subject: t.mailOutbox.subject, text: t.mailOutbox.textBody, html: t.mailOutbox.htmlBody, attachments: t.mailOutbox.attachments })
    .from(t.mailOutbox)
    .where(and(eq(t.mailOutbox.recipient, email), eq(t.mailOutbox.kind, "registration_confirmed")));
  return mail;
}

describe("caches of the registration path", () => {
  it("keep the event's facts across registrations and show an edit in the very next mail", async () => {
    const event = await newEvent("cache-mail-test", 10);
    const before = (await publicQueries.getPublicEvent(event.slug))!;
    expect(await commands.registerForEvent(event.slug, input("Erste"), now, "de", before)).toMatchObject({ kind: "registered", status: "confirmed" });
    // The seat count moved on, the facts (and so the rendered mail parts) did not.
    const afterRegistration = (await publicQueries.getPublicEvent(event.slug))!;
    expect(afterRegistration.seatsTaken).toBe(before.seatsTaken + 1);
    expect(afterRegistration.event).toBe(before.event);
    expect((await mailOf("erste@example.org")).text).toContain("Erster Titel");

    // An edit from another connection (as another process or the office would make it).
    await ctx.db.update(t.events).set({ title: "Zweiter Titel" }).where(eq(t.events.id, event.id));
    await ctx.db.update(t.organisations).set({ name: "Umbenannte Koordination" }).where(eq(t.organisations.id, event.organisationId));
    expect(await commands.registerForEvent(event.slug, input("Zweite"))).toMatchObject({ kind: "registered", status: "confirmed" });
    const mail = await mailOf("zweite@example.org");
    expect(mail.subject).toContain("Zweiter Titel");
    expect(mail.text).toContain("Zweiter Titel");
    expect(mail.text).toContain("Umbenannte Koordination");
    expect(mail.text).not.toContain("Erster Titel");
    expect(mail.html).toContain("Zweiter Titel");
    expect(mail.attachments?.[0].content).toContain("SUMMARY:Zweiter Titel");
  });

  it("validate against the questions as they are now: a new required question is asked on the next request", async () => {
    const event = await newEvent("cache-question-test", 10);
    const schemaFor = async () => schemaCache.registrationSchemaFor(await queries.listEventQuestions(event.id), "de");
    const first = await schemaFor();
    expect(await schemaFor()).toBe(first);
    expect(first.safeParse(input("Ohne")).success).toBe(true);

    const [question] = await ctx.db.insert(t.eventQuestions).values({ eventId: event.id, kind: "short_text", label: "Neue Frage", required: true }).returning();
    const second = await schemaFor();
    expect(second).not.toBe(first);
    expect(second.safeParse(input("Ohne")).success).toBe(false);
    expect(second.safeParse(input("Mit", { [`q${question.id}`]: "Antwort" })).success).toBe(true);
  });
});
