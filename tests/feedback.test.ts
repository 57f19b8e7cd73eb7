import { beforeAll, describe, expect, it } from "vitest";
import { feedbackTexts } from "./support/form-texts";
import { eq, inArray } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/feedback.probes";
import { feedbackEvent } from "./support/feedback-fixtures";

const now = new Date();
let c: AuthzContext;
let commands: typeof import("@/lib/feedback/commands");
let results: typeof import("@/lib/feedback/results");
let summary: typeof import("@/lib/feedback/summary");
let queries: typeof import("@/lib/feedback/queries");
let schemas: typeof import("@/lib/feedback/schemas");
let AccessDenied: typeof import("@/lib/auth/access").AccessDenied;

beforeAll(async () => {
  c = await authzContext(now);
  commands = await import("@/lib/feedback/commands");
  results = await import("@/lib/feedback/results");
  summary = await import("@/lib/feedback/summary");
  queries = await import("@/lib/feedback/queries");
  schemas = await import("@/lib/feedback/schemas");
  ({ AccessDenied } = await import("@/lib/auth/access"));
});

const answer = (overall: number, helpful: number, wouldRecommend: boolean, comment: string | null = null) => ({ overall, helpful, wouldRecommend, comment });

async function answersOf(eventId: number) {
  return c.db.select().from(c.t.feedbackAnswers).where(eq(c.t.feedbackAnswers.eventId, eventId));
}
async function registration(id: number) {
  const [r] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, id));
  return r;
}
const vhs = () => c.vhsAdmin.organisationId;

describe("the feedback form's input", () => {
  it("turns posted text into ratings, a yes/no and an optional comment", () => {
    expect(schemas.feedbackSchema(feedbackTexts()).parse({ overall: "4", helpful: "2", wouldRecommend: "nein", comment: "  " })).toEqual(answer(4, 2, false, null));
    expect(schemas.feedbackSchema(feedbackTexts()).parse({ overall: "5", helpful: "5", wouldRecommend: "ja", comment: " Gut. " })).toEqual(answer(5, 5, true, "Gut."));
  });

  it("names each missing or wrong answer in German, and refuses a comment over 2000 characters", () => {
    const result = schemas.feedbackSchema(feedbackTexts()).safeParse({ overall: "", helpful: "6", comment: "x".repeat(2001) });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      overall: "Bitte wählen Sie eine Bewertung von 1 bis 5.",
      helpful: "Bitte wählen Sie einen Wert von 1 bis 5.",
      wouldRecommend: "Bitte wählen Sie „Ja“ oder „Nein“.",
      comment: "Dieser Text ist zu lang. Bitte kürzen Sie ihn auf höchstens 2000 Zeichen.",
    });
    expect(schemas.feedbackSchema(feedbackTexts()).safeParse({ overall: "3", helpful: "3", wouldRecommend: "ja", comment: "x".repeat(2000) }).success).toBe(true);
  });
});

describe("giving feedback", () => {
  it("works once: the answer is stored, the registration marked, a second post changes nothing", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended"], now });
    const [p] = people;
    expect(await queries.feedbackStateForToken(p.token)).toEqual({ state: "open", eventTitle: event.title });
    expect(await commands.submitFeedback(p.token, answer(4, 5, true, "Sehr hilfreich"))).toBe("saved");
    const stored = await answersOf(event.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ overall: 4, helpful: 5, wouldRecommend: true, comment: "Sehr hilfreich" });
    expect((await registration(p.id)).feedbackGiven).toBe(true);
    expect((await queries.feedbackStateForToken(p.token))?.state).toBe("given");

    expect(await commands.submitFeedback(p.token, answer(1, 1, false, "Anders"))).toBe("given");
    expect(await answersOf(event.id)).toEqual(stored);
  });

  it("is refused while attendance is open, and for people who did not attend; nothing is stored", async () => {
    const open = await feedbackEvent(c, { organisationId: vhs(), people: ["attended"], closed: false, now });
    expect(await queries.feedbackStateForToken(open.people[0].token)).toMatchObject({ state: "not_closed" });
    expect(await commands.submitFeedback(open.people[0].token, answer(5, 5, true))).toBe("not_closed");
    expect(await answersOf(open.event.id)).toEqual([]);
    expect((await registration(open.people[0].id)).feedbackGiven).toBe(false);

    const closed = await feedbackEvent(c, { organisationId: vhs(), people: ["no_show", "confirmed", "cancelled", "waitlisted"], now });
    for (const p of closed.people) {
      expect(await queries.feedbackStateForToken(p.token)).toMatchObject({ state: "not_attended" });
      expect(await commands.submitFeedback(p.token, answer(5, 5, true))).toBe("not_attended");
      expect((await registration(p.id)).feedbackGiven).toBe(false);
    }
    expect(await answersOf(closed.event.id)).toEqual([]);
  });

  it("knows no unknown token", async () => {
    expect(await queries.feedbackStateForToken("C".repeat(43))).toBeNull();
    expect(await commands.submitFeedback("C".repeat(43), answer(3, 3, true))).toBe("not_found");
  });

  it("stores exactly one answer when the same person posts twice at once", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended"], now });
    const outcomes = await Promise.all([1, 2, 3].map((n) => commands.submitFeedback(people[0].token, answer(n, n, true))));
    expect(outcomes.sort()).toEqual(["given", "given", "saved"]);
    expect(await answersOf(event.id)).toHaveLength(1);
  });

  it("cannot be linked to the person who answered", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended", "attended", "attended"], now });
    const count = async (table: string) => Number(((await c.client.execute(`select count(*) as n from ${table}`)).rows[0] as unknown as { n: number }).n);
    const audits = await count("audit_log");
    const mails = await count("mail_outbox");
    // Three people answer in a known order.
    for (const [i, p] of people.entries()) expect(await commands.submitFeedback(p.token, answer(i + 1, i + 1, i !== 0, `Antwort ${i}`))).toBe("saved");

    // (a) Only the allowed columns: nothing that points to a registration, a time or an order.
    const columns = (await c.client.execute("pragma table_info(feedback_answers)")).rows.map((r) => r.name);
    expect([...columns].sort()).toEqual(["answered_on", "comment", "event_id", "helpful", "id", "overall", "would_recommend"]);
    // (b) WITHOUT ROWID: no hidden insertion order.
    await expect(c.client.execute("select rowid from feedback_answers")).rejects.toThrow(/rowid/);
    // (c) The one-way mark did not touch updated_at, which would match the time of the answer.
    const marked = await c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, people.map((p) => p.id)));
    for (const p of people) {
      const r = marked.find((m) => m.id === p.id)!;
      expect(r.feedbackGiven).toBe(true);
      expect(r.updatedAt.getTime()).toBe(p.updatedAt.getTime());
    }
    // (d) Nothing in the audit log or the outbox.
    expect(await count("audit_log")).toBe(audits);
    expect(await count("mail_outbox")).toBe(mails);
    // (e) The day only; and the keys are random, not counting up.
    const stored = await answersOf(event.id);
    expect(stored).toHaveLength(3);
    for (const a of stored) {
      expect(a.answeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
    // The table keeps its rows in the order of the random keys, not in the order of answering.
    const raw = (await c.client.execute({ sql: "select id from feedback_answers where event_id = ?", args: [event.id] })).rows.map((r) => String(r.id));
    expect(raw).toEqual([...raw].sort());
  });

  it("keeps the day in Berlin, not in UTC", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended"], now });
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(await commands.submitFeedback(people[0].token, answer(3, 3, true), new Date("2026-12-31T23:30:00Z"))).toBe("saved");
    expect((await answersOf(event.id))[0].answeredOn).toBe("2027-01-01");
  });
});

describe("the results", () => {
  it("show only the count under 3 answers, and everything from 3 on", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended", "attended", "attended", "attended"], now });
    await commands.submitFeedback(people[0].token, answer(5, 4, true, "Erste"));
    await commands.submitFeedback(people[1].token, answer(4, 4, true));
    const hidden = await results.feedbackResults(c.vhsOrganiser, event.id);
    expect(hidden).toMatchObject({ count: 2, summary: null, comments: [] });

    await commands.submitFeedback(people[2].token, answer(2, 1, false, "Zweite"));
    const shown = await results.feedbackResults(c.vhsOrganiser, event.id);
    expect(shown.count).toBe(3);
    expect(shown.summary).toEqual({ count: 3, overallAverage: 11 / 3, helpfulAverage: 3, overall: [0, 1, 0, 1, 1], helpful: [1, 0, 0, 2, 0], recommendCount: 2 });
    expect([...shown.comments].sort()).toEqual(["Erste", "Zweite"]);
    // The office sees the same.
    expect((await results.feedbackResults(c.coordinator, event.id)).count).toBe(3);
  });

  it("of a supervision group are the office's only", async () => {
    const { event, people } = await feedbackEvent(c, { organisationId: vhs(), people: ["attended", "attended", "attended"], supervision: true, now });
    for (const p of people) expect(await commands.submitFeedback(p.token, answer(4, 4, true))).toBe("saved");
    await expect(results.feedbackResults(c.vhsAdmin, event.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(results.feedbackResults(c.vhsOrganiser, event.id)).rejects.toBeInstanceOf(AccessDenied);
    expect((await results.feedbackResults(c.coordinator, event.id)).summary?.count).toBe(3);
    expect(results.mayReadFeedback(c.vhsAdmin, true)).toBe(false);
    expect(results.mayReadFeedback(c.vhsAdmin, false)).toBe(true);
    expect(results.mayReadFeedback(c.coordinator, true)).toBe(true);
  });

  it("are refused to a partner organisation for another organisation's event, and for an unknown id", async () => {
    const { event } = await feedbackEvent(c, { organisationId: vhs(), people: [], now });
    await expect(results.feedbackResults(c.foreignAdmin, event.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(results.feedbackResults(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(results.feedbackResults(c.vhsAdmin, 99_999_999)).rejects.toBeInstanceOf(AccessDenied);
    await expect(results.feedbackResults(c.vhsAdmin, Number.NaN)).rejects.toBeInstanceOf(AccessDenied);
  });

  it("sum up over several events and a period of answer days (for the statistics)", async () => {
    const a = await feedbackEvent(c, { organisationId: vhs(), people: ["attended", "attended"], now });
    const b = await feedbackEvent(c, { organisationId: vhs(), people: ["attended"], now });
    await commands.submitFeedback(a.people[0].token, answer(5, 5, true), new Date("2026-03-10T10:00:00Z"));
    await commands.submitFeedback(a.people[1].token, answer(3, 2, false), new Date("2026-04-10T10:00:00Z"));
    await commands.submitFeedback(b.people[0].token, answer(4, 2, true), new Date("2026-03-20T10:00:00Z"));
    const both = await summary.feedbackSummary([a.event.id, b.event.id]);
    expect(both).toMatchObject({ count: 3, overallAverage: 4, helpfulAverage: 3, recommendCount: 2 });
    const march = await summary.feedbackSummary([a.event.id, b.event.id], { from: "2026-03-01", to: "2026-03-31" });
    expect(march).toMatchObject({ count: 2, overallAverage: 4.5, helpfulAverage: 3.5, recommendCount: 2 });
    expect(await summary.feedbackSummary([])).toMatchObject({ count: 0, overallAverage: null });
    const all = await summary.feedbackSummary("all");
    expect(all.count).toBeGreaterThanOrEqual(3);
    expect(all.overall.reduce((x, y) => x + y, 0)).toBe(all.count);
  });

  it("format averages and shares the German way", async () => {
    const { formatAverage, formatShare } = await import("@/lib/feedback/format");
    expect(formatAverage(11 / 3)).toBe("3,7");
    expect(formatAverage(4)).toBe("4,0");
    expect(formatShare(2, 3).replace(/\s/g, " ")).toBe("67 %");
  });
});

describe("feedback: authorisation probes", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));
});
