import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { insertSupervisionGroup } from "./authz/supervision-attendance.probes";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * The retention job on a real database with the demo data, at a fixed `now`: it anonymises exactly
 * the registrations of events that ended more than RETENTION_MONTHS (Berlin) months ago, prunes
 * what counts for nothing, writes one audit entry per run, runs at most once a day, does nothing
 * in a dry run, changes nothing the second time, and a reminder is not sent again after its sent
 * mail has been pruned from the outbox.
 */

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
const now = new Date("2026-11-25T12:00:00Z");

let c: AuthzContext;
let retention: typeof import("@/lib/privacy/retention");
let schedule: typeof import("@/lib/privacy/retention-schedule");
let cutoffOf: typeof import("@/lib/privacy/retention-cutoff").retentionCutoff;
let cutoff: Date;
let oldGroup: Awaited<ReturnType<typeof insertSupervisionGroup>>;
let recentGroup: Awaited<ReturnType<typeof insertSupervisionGroup>>;

/** A one-session event whose session ends at `end`, with `people` confirmed registrations. */
const eventEndingAt = (end: Date, people: number, label: string) =>
  insertSupervisionGroup(c, { organisationId: c.vhsAdmin.organisationId, firstStart: new Date(end.getTime() - 2 * HOUR), people: Array.from({ length: people }, () => "confirmed" as const), sessions: 1, supervision: false, label });

/** Everything the job may touch, to compare before and after. */
async function snapshot() {
  const t = c.t;
  return {
    registrations: await c.db.select().from(t.registrations).orderBy(asc(t.registrations.id)),
    tokens: await c.db.select().from(t.registrationTokens).orderBy(asc(t.registrationTokens.tokenHash)),
    outbox: await c.db.select().from(t.mailOutbox).orderBy(asc(t.mailOutbox.id)),
    audit: await c.db.select().from(t.auditLog).orderBy(asc(t.auditLog.id)),
    certificates: await c.db.select().from(t.certificates).orderBy(asc(t.certificates.id)),
    counters: await c.db.select().from(t.rateLimitCounters).orderBy(asc(t.rateLimitCounters.key)),
    failures: await c.db.select().from(t.failureDelays).orderBy(asc(t.failureDelays.key)),
    selfService: await c.db.select().from(t.selfServiceTokens).orderBy(asc(t.selfServiceTokens.tokenHash)),
    accountTokens: await c.db.select().from(t.accountTokens).orderBy(asc(t.accountTokens.tokenHash)),
    meta: await c.db.select().from(t.appMeta).orderBy(asc(t.appMeta.key)),
  };
}

const runs = () =>
  c.db
    .select()
    .from(c.t.auditLog)
    .where(and(eq(c.t.auditLog.entityType, "privacy"), eq(c.t.auditLog.action, "privacy.retention_run")))
    .orderBy(desc(c.t.auditLog.id));

const registrationsOf = (ids: number[]) => c.db.select().from(c.t.registrations).where(inArray(c.t.registrations.id, ids));

beforeAll(async () => {
  c = await authzContext(now);
  reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example", SMTP_URL: undefined, RETENTION_MONTHS: "12" });
  retention = await import("@/lib/privacy/retention");
  schedule = await import("@/lib/privacy/retention-schedule");
  cutoffOf = (await import("@/lib/privacy/retention-cutoff")).retentionCutoff;
  cutoff = cutoffOf(now, 12);
  oldGroup = await eventEndingAt(new Date(cutoff.getTime() - 60_000), 3, "alt");
  recentGroup = await eventEndingAt(new Date(cutoff.getTime() + 60_000), 2, "neu");
  // One person in the old event twice over (the same address on two old events, see below).
  const twin = await eventEndingAt(new Date(cutoff.getTime() - 30 * DAY), 1, "alt2");
  await c.db.update(c.t.registrations).set({ email: "Twin@Example.org", emailNormalized: "twin@example.org" }).where(inArray(c.t.registrations.id, [oldGroup.registrationIds[0], twin.registrationIds[0]]));
  oldGroup.registrationIds.push(twin.registrationIds[0]);
}, 120_000);

afterAll(() => c?.client.close());

describe("the retention cutoff", () => {
  it("counts calendar months on the Berlin clock", () => {
    expect(cutoffOf(new Date("2026-11-25T12:00:00Z"), 12)).toEqual(new Date("2025-11-25T12:00:00Z"));
    // 31 March 2027, 12:00 summer time minus one month: 28 February 2027, 12:00 winter time.
    expect(cutoffOf(new Date("2027-03-31T10:00:00Z"), 1)).toEqual(new Date("2027-02-28T11:00:00Z"));
    // Across the change to summer time: the same wall-clock time.
    expect(cutoffOf(new Date("2027-04-15T08:00:00Z"), 2)).toEqual(new Date("2027-02-15T09:00:00Z"));
  });
});

describe("the retention job", () => {
  it("in a dry run counts what it would do and changes nothing", async () => {
    const { retentionStatusFor } = await import("@/lib/intern-overview/retention-status");
    expect((await retentionStatusFor(c.coordinator))?.lastRun).toBeNull();
    const before = await snapshot();
    const outcome = await schedule.applyRetention({ now, dryRun: true });
    if (outcome.status !== "ran") throw new Error(outcome.status);
    expect(outcome.result.dryRun).toBe(true);
    expect(outcome.result.counts.registrations).toBeGreaterThanOrEqual(oldGroup.registrationIds.length);
    expect(await snapshot()).toEqual(before);
    expect(await runs()).toEqual([]);
  });

  it("anonymises the registrations of events that ended before the cutoff, and only those", async () => {
    const outcome = await schedule.applyRetention({ now });
    if (outcome.status !== "ran") throw new Error(outcome.status);
    for (const r of await registrationsOf(oldGroup.registrationIds)) {
      expect(r.anonymisedAt).toEqual(now);
      expect(r.email).toBeNull();
      expect(r.personKey).toMatch(/^anon:/);
    }
    for (const r of await registrationsOf(recentGroup.registrationIds)) {
      expect(r.anonymisedAt).toBeNull();
      expect(r.email).toContain("@example.org");
    }
    // Nothing that ended after the cutoff was touched anywhere in the database.
    const wrong = await c.db
      .select({ id: c.t.registrations.id, endsAt: c.t.events.endsAt })
      .from(c.t.registrations)
      .innerJoin(c.t.events, eq(c.t.events.id, c.t.registrations.eventId));
    const ids = new Set((await c.db.select({ id: c.t.registrations.id, at: c.t.registrations.anonymisedAt }).from(c.t.registrations)).filter((r) => r.at).map((r) => r.id));
    expect(wrong.filter((r) => ids.has(r.id) && r.endsAt >= cutoff)).toEqual([]);
    expect(wrong.filter((r) => !ids.has(r.id) && r.endsAt < cutoff)).toEqual([]);
    expect(outcome.result.counts.registrations).toBe(ids.size);
    // The same person on two old events is one person afterwards too.
    const twins = await registrationsOf([oldGroup.registrationIds[0], oldGroup.registrationIds[3]]);
    expect(twins[0].personKey).toBe(twins[1].personKey);

    const [entry] = await runs();
    expect(entry.actorName).toBe("System");
    expect(entry.actorAccountId).toBeNull();
    expect(entry.organisationId).toBeNull();
    expect(entry.at).toEqual(now);
    expect(entry.after).toMatchObject({ registrations: ids.size, months: 12, cutoff: cutoff.toISOString() });
    expect(outcome.result.longestTransactionMs).toBeGreaterThan(0);
  });

  it("shows the office, and only the office, when it last ran and what it did", async () => {
    const { retentionStatusFor } = await import("@/lib/intern-overview/retention-status");
    expect(await retentionStatusFor(c.vhsAdmin)).toBeNull();
    const status = await retentionStatusFor(c.coordinator);
    expect(status?.months).toBe(12);
    expect(status?.lastRun?.at).toEqual(now);
    expect(status?.lastRun?.counts.registrations).toBeGreaterThanOrEqual(oldGroup.registrationIds.length);
  });

  it("runs at most once a Berlin day unless forced, and the second run changes nothing", async () => {
    expect(await schedule.applyRetention({ now: new Date(now.getTime() + 2 * HOUR) })).toEqual({ status: "done_today" });
    expect(await runs()).toHaveLength(1);
    const before = await snapshot();
    const outcome = await schedule.applyRetention({ now, force: true });
    if (outcome.status !== "ran") throw new Error(outcome.status);
    expect(Object.values(outcome.result.counts).every((n) => n === 0)).toBe(true);
    const after = await snapshot();
    expect({ ...after, audit: after.audit.slice(0, -1) }).toEqual(before);
    expect(await runs()).toHaveLength(2);
  });

  it("refuses while another process holds a fresh claim, and takes over an abandoned one", async () => {
    await c.db.insert(c.t.appMeta).values({ key: "retention.running", value: new Date(now.getTime() + DAY - 10 * 60_000).toISOString() });
    expect(await schedule.applyRetention({ now: new Date(now.getTime() + DAY) })).toEqual({ status: "busy" });
    const later = new Date(now.getTime() + DAY + 2 * HOUR);
    expect((await schedule.applyRetention({ now: later })).status).toBe("ran");
    expect(await c.db.select().from(c.t.appMeta).where(eq(c.t.appMeta.key, "retention.running"))).toEqual([]);
  });

  it("prunes sent mails after 90 days, ended rate-limit windows, old failures and dead tokens; keeps the rest", async () => {
    const t = c.t;
    const at = new Date(now.getTime() + 10 * DAY);
    const ago = (days: number) => new Date(at.getTime() - days * DAY);
    const mail = (kind: string, status: "sent" | "pending" | "withdrawn" | "failed", days: number) => ({
      kind,
      recipient: "p@example.org",
      subject: kind,
      textBody: "",
      htmlBody: "",
      status,
      nextAttemptAt: ago(days),
      createdAt: ago(days),
      sentAt: status === "sent" ? ago(days) : null,
    });
    await c.db.insert(t.mailOutbox).values([mail("old_sent", "sent", 91), mail("young_sent", "sent", 89), mail("old_pending", "pending", 200), mail("old_withdrawn", "withdrawn", 91), mail("young_failed", "failed", 10)]);
    const seconds = Math.floor(at.getTime() / 1000);
    await c.db.insert(t.rateLimitCounters).values([
      { key: "ended", windowStart: seconds - 7200, count: 3, expiresAt: seconds - 1 },
      { key: "open", windowStart: seconds - 60, count: 3, expiresAt: seconds + 600 },
    ]);
    await c.db.insert(t.failureDelays).values([
      { key: "old", failures: 4, lastFailureAt: at.getTime() - 25 * HOUR },
      { key: "recent", failures: 4, lastFailureAt: at.getTime() - HOUR },
    ]);
    await c.db.insert(t.selfServiceTokens).values([
      { tokenHash: "expired", kind: "link", emailNormalized: "p@example.org", expiresAt: ago(0.01), createdAt: ago(1) },
      { tokenHash: "used", kind: "link", emailNormalized: "p@example.org", expiresAt: new Date(at.getTime() + HOUR), usedAt: at, createdAt: at },
      { tokenHash: "valid", kind: "link", emailNormalized: "p@example.org", expiresAt: new Date(at.getTime() + HOUR), createdAt: at },
      { tokenHash: "session", kind: "session", emailNormalized: "p@example.org", expiresAt: new Date(at.getTime() + HOUR), createdAt: at },
    ]);
    const accountId = c.vhsOrganiser.accountId;
    await c.db.insert(t.accountTokens).values([
      { tokenHash: "a-expired", accountId, purpose: "reset", expiresAt: ago(1), createdAt: ago(2) },
      { tokenHash: "a-used", accountId, purpose: "reset", expiresAt: new Date(at.getTime() + HOUR), usedAt: at, createdAt: at },
      { tokenHash: "a-valid", accountId, purpose: "invite", expiresAt: new Date(at.getTime() + DAY), createdAt: at },
    ]);
    const dry = await retention.runRetention({ now: at, dryRun: true });
    expect(dry.counts).toMatchObject({ selfServiceTokens: 2, accountTokens: 2, rateLimitCounters: 1, failureDelays: 1 });
    const result = await retention.runRetention({ now: at });
    expect(result.counts).toEqual(dry.counts);
    const kinds = (await c.db.select({ kind: t.mailOutbox.kind }).from(t.mailOutbox).where(inArray(t.mailOutbox.kind, ["old_sent", "young_sent", "old_pending", "old_withdrawn", "young_failed"]))).map((m) => m.kind);
    expect(kinds.sort()).toEqual(["old_pending", "young_failed", "young_sent"]);
    expect((await c.db.select().from(t.rateLimitCounters).where(inArray(t.rateLimitCounters.key, ["ended", "open"]))).map((r) => r.key)).toEqual(["open"]);
    expect((await c.db.select().from(t.failureDelays).where(inArray(t.failureDelays.key, ["old", "recent"]))).map((r) => r.key)).toEqual(["recent"]);
    expect((await c.db.select().from(t.selfServiceTokens)).map((r) => r.tokenHash).sort()).toEqual(["session", "valid"]);
    expect((await c.db.select().from(t.accountTokens).where(inArray(t.accountTokens.tokenHash, ["a-expired", "a-used", "a-valid"]))).map((r) => r.tokenHash)).toEqual(["a-valid"]);
    expect((await retention.runRetention({ now: at })).counts).toEqual({ registrations: 0, auditEntries: 0, mails: 0, selfServiceTokens: 0, accountTokens: 0, rateLimitCounters: 0, failureDelays: 0 });
  });

  it("removes personal values from audit entries about registrations that no longer exist, on the same schedule", async () => {
    const entry = (at: Date) => ({
      at,
      actorAccountId: c.vhsOrganiser.accountId,
      actorName: "Omar Okafor",
      organisationId: c.vhsOrganiser.organisationId,
      entityType: "registration" as const,
      entityId: 9_999_000 + at.getTime() % 1000,
      action: "registration.added_by_staff",
      label: "Ottilie Orphan – Kurs",
      after: { status: "confirmed", email: "ottilie@example.org", phone: "0170 1" },
    });
    const [old] = await c.db.insert(c.t.auditLog).values(entry(new Date(cutoff.getTime() - DAY))).returning();
    const [recent] = await c.db.insert(c.t.auditLog).values(entry(new Date(cutoff.getTime() + DAY + 1))).returning();
    const result = await retention.runRetention({ now });
    expect(result.counts.auditEntries).toBe(1);
    const [oldAfter] = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.id, old.id));
    expect(oldAfter).toMatchObject({ label: "Anonymisiert", actorName: "Omar Okafor", action: "registration.added_by_staff", after: { status: "confirmed", email: null, phone: null } });
    const [recentAfter] = await c.db.select().from(c.t.auditLog).where(eq(c.t.auditLog.id, recent.id));
    expect(recentAfter.label).toBe("Ottilie Orphan – Kurs");
    expect((await retention.runRetention({ now })).counts.auditEntries).toBe(0);
  });

  it("keeps one person one person across batches of a run", async () => {
    const a = await eventEndingAt(new Date(cutoff.getTime() - 40 * DAY), 3, "batch-a");
    const b = await eventEndingAt(new Date(cutoff.getTime() - 50 * DAY), 3, "batch-b");
    const same = [a.registrationIds[0], b.registrationIds[2]];
    await c.db.update(c.t.registrations).set({ email: "batch@example.org", emailNormalized: "batch@example.org" }).where(inArray(c.t.registrations.id, same));
    const result = await retention.runRetention({ now, batchSize: 2 });
    expect(result.counts.registrations).toBe(6);
    expect(result.transactions).toBeGreaterThanOrEqual(3);
    const rows = await registrationsOf([...a.registrationIds, ...b.registrationIds]);
    const keyOf = new Map(rows.map((r) => [r.id, r.personKey]));
    expect(keyOf.get(same[0])).toBe(keyOf.get(same[1]));
    expect(new Set(rows.map((r) => r.personKey)).size).toBe(5);
  });
});

describe("reminders after the outbox was pruned", () => {
  it("are not written a second time: the key outlives the mail", async () => {
    const reminders = await import("@/lib/registrations/reminders");
    const { deliverDueMails } = await import("@/lib/mail/sender");
    const soon = await eventEndingAt(new Date(now.getTime() + 26 * HOUR), 1, "bald");
    const [registrationId] = soon.registrationIds;
    const reminderRows = () => c.db.select().from(c.t.mailOutbox).where(and(eq(c.t.mailOutbox.registrationId, registrationId), eq(c.t.mailOutbox.kind, "reminder")));
    await reminders.enqueueDueReminders(now);
    expect(await reminderRows()).toHaveLength(1);
    await deliverDueMails({ now, limit: 1000 });
    // The sent reminder is 100 days old by the outbox's clock: the job deletes it.
    const long = new Date(now.getTime() - 100 * DAY);
    await c.db.update(c.t.mailOutbox).set({ sentAt: long, nextAttemptAt: long, createdAt: long }).where(and(eq(c.t.mailOutbox.registrationId, registrationId), eq(c.t.mailOutbox.kind, "reminder")));
    expect((await retention.runRetention({ now })).counts.mails).toBeGreaterThanOrEqual(1);
    expect(await reminderRows()).toHaveLength(0);
    await reminders.enqueueDueReminders(now);
    expect(await reminderRows()).toHaveLength(0);
    // Without the kept key it would have been written again (so the check above means something).
    await c.db.delete(c.t.mailDedupeKeys).where(eq(c.t.mailDedupeKeys.key, `reminder:${registrationId}`));
    await reminders.enqueueDueReminders(now);
    expect(await reminderRows()).toHaveLength(1);
  });
});
