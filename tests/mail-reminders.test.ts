import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import path from "node:path";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { reloadSettingsForTests } from "@/lib/config/env";

/**
 * Reminders: one per eligible registration, however many schedulers run at the same moment
 * (three here, two in other processes, all at once).
 */

const now = new Date("2026-11-25T12:00:00Z");
const HOUR = 3600_000;
const root = path.resolve(__dirname, "..");

let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let schema: typeof import("@/db/schema");
let reminders: typeof import("@/lib/registrations/reminders");
let sender: typeof import("@/lib/mail/sender");
let tokens: typeof import("@/lib/registrations/tokens");

type Picked = { id: number; registrationIds: number[] };
const picked: Record<"due" | "switchedOff" | "later", Picked> = {} as never;
let cancelledId: number;
let lateId: number;

/** Moves all sessions of an event so that the first one starts at `firstStart`. */
async function moveEvent(eventId: number, firstStart: Date) {
  const sessions = await ctx.db.select().from(schema.eventSessions).where(eq(schema.eventSessions.eventId, eventId)).orderBy(asc(schema.eventSessions.startsAt));
  const delta = firstStart.getTime() - sessions[0].startsAt.getTime();
  for (const s of sessions) {
    await ctx.db
      .update(schema.eventSessions)
      .set({ startsAt: new Date(s.startsAt.getTime() + delta), endsAt: new Date(s.endsAt.getTime() + delta) })
      .where(eq(schema.eventSessions.id, s.id));
  }
  await ctx.db
    .update(schema.events)
    .set({ startsAt: firstStart, endsAt: new Date(sessions[sessions.length - 1].endsAt.getTime() + delta) })
    .where(eq(schema.events.id, eventId));
}

/** Runs `enqueueDueReminders(now)` in another Node process, starting at the wall-clock time `goAt`. */
function reminderProcess(goAt: number): Promise<{ code: number | null; output: string }> {
  const code = `
    const goAt = ${goAt};
    import("@/lib/registrations/reminders").then((m) => {
      const enqueue = m.enqueueDueReminders ?? m.default.enqueueDueReminders;
      setTimeout(async () => console.log("written=" + (await enqueue(new Date(${now.getTime()})))), Math.max(0, goAt - Date.now()));
    });`;
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "react-server", "-e", code], {
    cwd: root,
    env: { ...process.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += String(d)));
  child.stderr.on("data", (d) => (output += String(d)));
  return new Promise((resolve) => child.on("exit", (exitCode) => resolve({ code: exitCode, output })));
}

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  reloadSettingsForTests({ SMTP_URL: undefined, REMINDER_HOURS_BEFORE: undefined, PUBLIC_URL: "https://fortbildung.mainz.example" });
  schema = await import("@/db/schema");
  reminders = await import("@/lib/registrations/reminders");
  sender = await import("@/lib/mail/sender");
  tokens = await import("@/lib/registrations/tokens");

  // Three published events a week or more ahead, each with confirmed registrations.
  const candidates = await ctx.db
    .select({ id: schema.events.id, n: sql<number>`count(*)` })
    .from(schema.events)
    .innerJoin(schema.registrations, eq(schema.registrations.eventId, schema.events.id))
    .where(and(eq(schema.events.status, "published"), eq(schema.registrations.status, "confirmed"), gt(schema.events.startsAt, new Date(now.getTime() + 7 * 24 * HOUR))))
    .groupBy(schema.events.id)
    .having(sql`count(*) >= 4`)
    .orderBy(asc(schema.events.startsAt))
    .limit(3);
  expect(candidates).toHaveLength(3);
  const regsOf = async (eventId: number) =>
    (
      await ctx.db
        .select({ id: schema.registrations.id })
        .from(schema.registrations)
        .where(and(eq(schema.registrations.eventId, eventId), eq(schema.registrations.status, "confirmed")))
        .orderBy(asc(schema.registrations.id))
    ).map((r) => r.id);
  const [due, switchedOff, later] = candidates;
  picked.due = { id: due.id, registrationIds: await regsOf(due.id) };
  picked.switchedOff = { id: switchedOff.id, registrationIds: await regsOf(switchedOff.id) };
  picked.later = { id: later.id, registrationIds: await regsOf(later.id) };

  await moveEvent(picked.due.id, new Date(now.getTime() + 24 * HOUR));
  await moveEvent(picked.switchedOff.id, new Date(now.getTime() + 30 * HOUR));
  await ctx.db.update(schema.events).set({ reminderEnabled: false }).where(eq(schema.events.id, picked.switchedOff.id));
  await moveEvent(picked.later.id, new Date(now.getTime() + 72 * HOUR));
  // One person of the due event cancelled; another registered only an hour ago (the confirmation said it all).
  [cancelledId, lateId] = picked.due.registrationIds.slice(-2);
  await ctx.db.update(schema.registrations).set({ status: "cancelled" }).where(eq(schema.registrations.id, cancelledId));
  await ctx.db.update(schema.registrations).set({ createdAt: new Date(now.getTime() - HOUR) }).where(eq(schema.registrations.id, lateId));
});

afterAll(() => {
  ctx?.client.close();
});

/** The rule, stated once more in SQL: who should get a reminder at `now`. */
async function expectedRegistrationIds(): Promise<number[]> {
  const windowMs = 48 * HOUR;
  const rows = await ctx.client.execute({
    sql: `select r.id from registrations r
          join events e on e.id = r.event_id
          join organisations o on o.id = e.organisation_id
          where r.status = 'confirmed' and r.email is not null and e.status = 'published' and e.reminder_enabled = 1
            and o.active = 1 and e.starts_at > ? and e.starts_at <= ?
            and coalesce(r.promoted_at, r.created_at) <= e.starts_at - ?
          order by r.id`,
    args: [now.getTime(), now.getTime() + windowMs, windowMs],
  });
  return rows.rows.map((r) => Number(r.id));
}

describe("reminders", () => {
  it("are written exactly once per eligible registration, with several schedulers at the same moment", async () => {
    const tokensBefore = await ctx.db.select().from(schema.registrationTokens);
    expect(tokensBefore).toHaveLength(0);
    const expected = await expectedRegistrationIds();
    const dueEligible = picked.due.registrationIds.filter((id) => id !== cancelledId && id !== lateId);
    expect(dueEligible.length).toBeGreaterThanOrEqual(2);
    for (const id of dueEligible) expect(expected).toContain(id);

    // Two other processes and three calls here, all starting at the same moment.
    const goAt = Date.now() + 4000;
    const children = [reminderProcess(goAt), reminderProcess(goAt)];
    await new Promise((r) => setTimeout(r, Math.max(0, goAt - Date.now())));
    const here = await Promise.all([reminders.enqueueDueReminders(now), reminders.enqueueDueReminders(now), reminders.enqueueDueReminders(now)]);
    const results = await Promise.all(children);
    for (const r of results) expect(r.code, r.output).toBe(0);
    const writtenElsewhere = results.map((r) => Number(/written=(\d+)/.exec(r.output)?.[1] ?? NaN));
    expect(writtenElsewhere.every(Number.isFinite)).toBe(true);

    const mails = await ctx.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.kind, "reminder")).orderBy(asc(schema.mailOutbox.registrationId));
    expect(mails.map((m) => m.registrationId)).toEqual(expected);
    expect([...here, ...writtenElsewhere].reduce((a, b) => a + b, 0)).toBe(expected.length);
    for (const m of mails) expect(m.dedupeKey).toBe(`reminder:${m.registrationId}`);

    // Not for the cancelled or the late registration, not where reminders are off, not 72 hours ahead.
    const reminded = new Set(mails.map((m) => m.registrationId));
    expect(reminded.has(cancelledId)).toBe(false);
    expect(reminded.has(lateId)).toBe(false);
    expect(picked.switchedOff.registrationIds.some((id) => reminded.has(id))).toBe(false);
    expect(picked.later.registrationIds.some((id) => reminded.has(id))).toBe(false);

    // A manage link only for each mail written: one token per reminded registration, none else.
    const tokenRows = await ctx.db.select().from(schema.registrationTokens);
    expect(tokenRows.map((t) => t.registrationId).sort((a, b) => a - b)).toEqual(expected);

    // Later runs write nothing more.
    expect(await reminders.enqueueDueReminders(now)).toBe(0);
    expect(await reminders.enqueueDueReminders(new Date(now.getTime() + 2 * HOUR))).toBe(0);
    expect(await ctx.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.kind, "reminder"))).toHaveLength(expected.length);
  }, 60_000);

  it("carry the event's facts and a manage link that leads to the registration; without SMTP they go to the mailbox", async () => {
    const round = await sender.deliverDueMails({ owner: "test", limit: 500, now });
    expect(round.failed).toBe(0);
    const [mail] = await ctx.db
      .select()
      .from(schema.mailOutbox)
      .where(and(eq(schema.mailOutbox.kind, "reminder"), inArray(schema.mailOutbox.registrationId, picked.due.registrationIds)))
      .limit(1);
    expect(mail).toMatchObject({ status: "sent", transport: "mailbox", recipient: expect.stringContaining("@example.org") });
    const [event] = await ctx.db.select().from(schema.events).where(eq(schema.events.id, picked.due.id));
    expect(mail.subject).toContain(event.title);
    expect(mail.textBody).toContain(event.title);
    const token = /https:\/\/fortbildung\.mainz\.example\/anmeldung\/([A-Za-z0-9_-]{43})/.exec(mail.textBody)?.[1];
    expect(token).toBeTruthy();
    expect(await tokens.registrationIdForToken(ctx.db, token!)).toBe(mail.registrationId);
    expect(mail.htmlBody).toContain(`/anmeldung/${token}`);
  });
});
