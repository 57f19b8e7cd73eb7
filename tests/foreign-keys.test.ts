import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";

/**
 * References that had no foreign key (issue 10): mail and audit references become empty when the
 * row they name is deleted; attendance names a real session. The connection enforces foreign keys
 * (libSQL switches them on for every connection; this test notices if that ever changes).
 */
let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext(new Date("2026-11-25T12:00:00Z"));
});

async function foreignKeys(table: string) {
  const rows = (await c.client.execute(`pragma foreign_key_list(${table})`)).rows;
  return Object.fromEntries(rows.map((r) => [String(r.from), `${r.table}.${r.to} on delete ${String(r.on_delete).toLowerCase()}`]));
}

describe("foreign keys", () => {
  it("are enforced on the app's connection", async () => {
    const { db } = await import("@/db/client");
    const { sql } = await import("drizzle-orm");
    expect(await db.get(sql`pragma foreign_keys`)).toMatchObject({ foreign_keys: 1 });
  });

  it("exist for mail, audit and attendance references", async () => {
    expect(await foreignKeys("mail_outbox")).toMatchObject({ registration_id: "registrations.id on delete set null", event_id: "events.id on delete set null" });
    expect(await foreignKeys("registrations")).toMatchObject({ entered_by_account_id: "accounts.id on delete set null" });
    expect(await foreignKeys("session_attendance")).toMatchObject({ session_id: "event_sessions.id on delete restrict", recorded_by_account_id: "accounts.id on delete set null" });
  });

  it("keep a sent mail when its registration is deleted, without the dangling id", async () => {
    const [event] = await c.db.select().from(c.t.events).limit(1);
    const [r] = await c.db.insert(c.t.registrations).values({ eventId: event.id, status: "cancelled", firstName: "Lea", lastName: "Los", email: "lea@example.org", emailNormalized: "lea@example.org" }).returning();
    const [mail] = await c.db
      .insert(c.t.mailOutbox)
      .values({ kind: "registration_confirmed", recipient: "lea@example.org", subject: "S", textBody: "T", htmlBody: "H", registrationId: r.id, eventId: event.id, nextAttemptAt: new Date("2026-11-25T12:00:00Z") })
      .returning();
    await expect(c.db.insert(c.t.mailOutbox).values({ kind: "x", recipient: "a@example.org", subject: "S", textBody: "T", htmlBody: "H", registrationId: 999_999, nextAttemptAt: new Date("2026-11-25T12:00:00Z") })).rejects.toThrow();
    await c.db.delete(c.t.registrations).where(eq(c.t.registrations.id, r.id));
    const [kept] = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.id, mail.id));
    expect(kept).toMatchObject({ registrationId: null, eventId: event.id });
  });
});
