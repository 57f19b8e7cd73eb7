import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { selfServiceFixtures } from "./support/self-service-fixtures";

/**
 * "Meine Daten löschen": every upcoming registration is cancelled the way a manage link cancels it
 * (seats freed, the waiting list promoted and told), then everything of the address is handed to
 * the anonymisation in the same transaction. The anonymisation itself belongs to the retention work
 * and is tested there; here a stand-in keeps to its contract (lib/privacy/anonymise.ts) and records
 * what it was asked to do. tests/self-service-delete-anonymise.test.ts runs the real one.
 */
const calls = vi.hoisted(() => [] as { ids: number[]; at: Date }[]);
vi.mock("@/lib/privacy/anonymise", () => ({
  anonymiseRegistrations: async (tx: import("@/lib/db/write-transaction").Tx, ids: number[], at: Date) => {
    const { registrations } = await import("@/db/schema");
    const { inArray: within, isNull: unset, and: all } = await import("drizzle-orm");
    calls.push({ ids: [...ids], at });
    const changed = await tx
      .update(registrations)
      .set({ firstName: "", lastName: "", email: null, emailNormalized: null, phone: null, anonymisedAt: at })
      .where(all(within(registrations.id, ids), unset(registrations.anonymisedAt)))
      .returning({ id: registrations.id });
    return { registrations: changed.length };
  },
}));

const now = new Date();
let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
let t: typeof import("@/db/schema");
let fixtures: ReturnType<typeof selfServiceFixtures>;

beforeAll(async () => {
  ctx = await freshDemoDatabase(now);
  t = await import("@/db/schema");
  fixtures = selfServiceFixtures(ctx, now);
});

async function sessionOf(address: string) {
  const { requestSelfServiceLink } = await import("@/lib/privacy/self-service-request");
  const { exchangeLinkForSession } = await import("@/lib/privacy/self-service-tokens");
  const { subjectForSessionToken } = await import("@/lib/privacy/self-service-subject");
  expect(await requestSelfServiceLink(address, "direct", now)).toBe("mailed");
  const [mail] = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.recipient, address), eq(t.mailOutbox.kind, "self_service_link")));
  const token = mail.textBody.match(/\/meine-daten\/zugang\/([A-Za-z0-9_-]{43})/)![1];
  const exchanged = await exchangeLinkForSession(token, now);
  if (exchanged.kind !== "session") throw new Error("link refused");
  return { subject: (await subjectForSessionToken(exchanged.sessionToken, now))!, sessionToken: exchanged.sessionToken };
}

describe("Meine Daten löschen", () => {
  it("cancels the upcoming registrations, promotes the waiting list, and anonymises everything of the address", async () => {
    // A full event (one seat) with a waiting list: the person holds the seat, two people wait.
    const full = await fixtures.event({ capacity: 1 });
    const waitingToo = await fixtures.event({ capacity: 1, daysAhead: 15 });
    const past = await fixtures.event({ daysAhead: -40 });
    const group = await fixtures.event({ supervision: true });
    const me = { firstName: "Lotte", lastName: "Loeschen", email: "lotte.loeschen@example.org" };
    const seat = await fixtures.registration(full.id, me);
    const first = await fixtures.registration(full.id, { firstName: "Wim", lastName: "Wartend", email: "wim.wartend@example.org" }, { status: "waitlisted" });
    const second = await fixtures.registration(full.id, { firstName: "Wanda", lastName: "Weiter", email: "wanda.weiter@example.org" }, { status: "waitlisted" });
    await fixtures.registration(waitingToo.id, { firstName: "Sven", lastName: "Sitzt", email: "sven.sitzt@example.org" });
    const waiting = await fixtures.registration(waitingToo.id, me, { status: "waitlisted" });
    const attended = await fixtures.registration(past.id, me, { status: "attended" });
    const application = await fixtures.registration(group.id, me, { status: "applied", motivation: "Ich möchte lernen." });
    const { subject, sessionToken } = await sessionOf(me.email);

    const { deleteSelfServiceData } = await import("@/lib/privacy/self-service-delete");
    expect(await deleteSelfServiceData(subject, now)).toEqual({ cancelled: 3, anonymised: 4 });

    const status = async (id: number) => (await ctx.db.select({ status: t.registrations.status }).from(t.registrations).where(eq(t.registrations.id, id)))[0].status;
    expect(await status(seat.id)).toBe("cancelled");
    expect(await status(waiting.id)).toBe("cancelled");
    expect(await status(application.id)).toBe("cancelled");
    expect(await status(attended.id)).toBe("attended");
    // The seat went to the first person waiting, who was told as usual; the second still waits.
    expect(await status(first.id)).toBe("confirmed");
    expect(await status(second.id)).toBe("waitlisted");
    const promoted = await ctx.db.select().from(t.mailOutbox).where(and(eq(t.mailOutbox.registrationId, first.id), eq(t.mailOutbox.kind, "promoted")));
    expect(promoted).toHaveLength(1);
    expect(promoted[0].recipient).toBe("wim.wartend@example.org");
    // Every registration of the address was handed to the anonymisation, in the same step.
    expect(calls).toHaveLength(1);
    expect(calls[0].ids.sort()).toEqual([seat.id, waiting.id, attended.id, application.id].sort());
    // No confirmation mail to an address that is being removed.
    const cancellationMails = await ctx.db.select().from(t.mailOutbox).where(and(inArray(t.mailOutbox.registrationId, [seat.id, waiting.id, application.id]), eq(t.mailOutbox.kind, "cancellation_confirmed")));
    expect(cancellationMails).toHaveLength(0);
    // The session and every link of the address are gone.
    const { subjectForSessionToken } = await import("@/lib/privacy/self-service-subject");
    expect(await subjectForSessionToken(sessionToken, now)).toBeNull();
    expect(await ctx.db.select().from(t.selfServiceTokens).where(eq(t.selfServiceTokens.emailNormalized, me.email))).toHaveLength(0);
    // So are the mails of "Meine Daten" (they belong to no registration the anonymisation could follow).
    expect(await ctx.db.select().from(t.mailOutbox).where(eq(t.mailOutbox.recipient, me.email))).toHaveLength(0);
    // One audit entry, without personal values.
    const audit = await ctx.db.select().from(t.auditLog).where(eq(t.auditLog.entityType, "privacy"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "privacy.self_service_deleted", after: { cancelled: 3, anonymised: 4 } });
    expect(JSON.stringify(audit[0])).not.toMatch(/lotte|loeschen/i);
    // Afterwards the address is unknown: no new link.
    const { requestSelfServiceLink } = await import("@/lib/privacy/self-service-request");
    expect(await requestSelfServiceLink(me.email, "direct", now)).toBe("unknown");
  });

  it("changes nothing when the anonymisation fails (one transaction)", async () => {
    const event = await fixtures.event({ capacity: 1 });
    const me = { firstName: "Fritz", lastName: "Fehler", email: "fritz.fehler@example.org" };
    const seat = await fixtures.registration(event.id, me);
    const waiting = await fixtures.registration(event.id, { firstName: "Greta", lastName: "Geduld", email: "greta.geduld@example.org" }, { status: "waitlisted" });
    const { subject } = await sessionOf(me.email);
    const anonymise = await import("@/lib/privacy/anonymise");
    const spy = vi.spyOn(anonymise, "anonymiseRegistrations").mockRejectedValueOnce(new Error("kaputt"));
    const { deleteSelfServiceData } = await import("@/lib/privacy/self-service-delete");
    await expect(deleteSelfServiceData(subject, now)).rejects.toThrow("kaputt");
    spy.mockRestore();
    const rows = await ctx.db.select({ id: t.registrations.id, status: t.registrations.status }).from(t.registrations).where(inArray(t.registrations.id, [seat.id, waiting.id]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [seat.id]: "confirmed", [waiting.id]: "waitlisted" });
    const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)` }).from(t.mailOutbox).where(eq(t.mailOutbox.registrationId, waiting.id));
    expect(n).toBe(0);
  });
});
