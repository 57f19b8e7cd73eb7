import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDemoDatabase } from "./support/test-db";
import { assertInitialStatus, canTransition, registrationStatuses, RegistrationTransitionError, seatDecision, waitlistPositions } from "@/lib/registrations/rules";

/** Issue 10, data model: one owner of the registration status rules, a CHECK in the table, the office's note in its own column. */

describe("registration rules", () => {
  it("allow only the known changes of status", () => {
    expect(canTransition("applied", "confirmed")).toBe(true);
    expect(canTransition("waitlisted", "confirmed")).toBe(true);
    expect(canTransition("confirmed", "attended")).toBe(true);
    expect(canTransition("attended", "no_show")).toBe(true);
    expect(canTransition("cancelled", "confirmed")).toBe(false);
    expect(canTransition("declined", "waitlisted")).toBe(false);
    expect(canTransition("confirmed", "waitlisted")).toBe(false);
    expect(canTransition("waitlisted", "attended")).toBe(false);
    // Every status has an entry (a new status must be given its changes).
    for (const status of registrationStatuses) expect(() => canTransition(status, "cancelled")).not.toThrow();
    expect(() => assertInitialStatus("attended")).toThrow(RegistrationTransitionError);
    expect(() => assertInitialStatus("applied")).not.toThrow();
  });

  it("give a seat only while one is free and nobody waits", () => {
    expect(seatDecision({ taken: 4, capacity: 5, waiting: 0 })).toBe("confirmed");
    expect(seatDecision({ taken: 4, capacity: 5, waiting: 1 })).toBe("waitlisted");
    expect(seatDecision({ taken: 5, capacity: 5, waiting: 0 })).toBe("waitlisted");
  });

  it("number the waiting list in registration order", () => {
    expect(waitlistPositions(["confirmed", "waitlisted", "cancelled", "waitlisted", "applied"])).toEqual([null, 1, null, 2, null]);
  });
});

describe("registrations table and writers", () => {
  let ctx: Awaited<ReturnType<typeof freshDemoDatabase>>;
  let t: typeof import("@/db/schema");
  beforeAll(async () => {
    ctx = await freshDemoDatabase(new Date("2026-03-10T10:00:00Z"));
    t = await import("@/db/schema");
  });

  async function anyEventId() {
    const [e] = await ctx.db.select({ id: t.events.id }).from(t.events).limit(1);
    return e.id;
  }

  it("refuse an unknown status in the database itself", async () => {
    const eventId = await anyEventId();
    await expect(ctx.client.execute({ sql: "insert into registrations (event_id, status, first_name, last_name, answers, source, created_at, updated_at) values (?, 'maybe', 'A', 'B', '{}', 'online', 0, 0)", args: [eventId] })).rejects.toThrow(/CHECK/i);
  });

  it("refuse a change of status the rules do not allow, and leave the row alone", async () => {
    const { changeRegistrationStatus } = await import("@/lib/registrations/status-write");
    const { writeTransaction } = await import("@/lib/db/write-transaction");
    const eventId = await anyEventId();
    const [row] = await ctx.db.insert(t.registrations).values({ eventId, status: "cancelled", firstName: "A", lastName: "B" }).returning();
    await expect(writeTransaction((tx) => changeRegistrationStatus(tx, row, "confirmed"))).rejects.toThrow(RegistrationTransitionError);
    const [after] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, row.id));
    expect(after.status).toBe("cancelled");
  });

  it("the data migration moves the office's note out of the answers into its column", async () => {
    const eventId = await anyEventId();
    const [row] = await ctx.db.insert(t.registrations).values({ eventId, status: "confirmed", firstName: "A", lastName: "B", source: "staff", answers: { staffNote: "rief an", q1: "ja" } }).returning();
    const dir = path.join(process.cwd(), "db/migrations");
    const file = readdirSync(dir).find((f) => f.endsWith("_registration_office_note_data.sql"))!;
    await ctx.client.executeMultiple(readFileSync(path.join(dir, file), "utf8").replaceAll("--> statement-breakpoint", ""));
    const [after] = await ctx.db.select().from(t.registrations).where(eq(t.registrations.id, row.id));
    expect(after.officeNote).toBe("rief an");
    expect(after.answers).toEqual({ q1: "ja" });
  });
});
