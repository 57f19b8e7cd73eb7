import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { authzContext, type AuthzContext } from "./authz/context";
import { probes } from "./authz/supervision-public.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("supervision groups, public side: nothing beyond what is public or one's own", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));

  it("withdrawing needs the person's own token: a guessed one changes nothing", async () => {
    const { cancelRegistrationByToken } = await import("@/lib/registrations/commands");
    const live = async () => (await c.db.select({ id: c.t.registrations.id }).from(c.t.registrations).where(eq(c.t.registrations.status, "cancelled"))).length;
    const before = await live();
    for (const token of ["A".repeat(43), "not-a-token", ""]) expect(await cancelRegistrationByToken(token)).toBe("not_found");
    expect(await live()).toBe(before);
  });

  it("the public list and page of groups carry no member names", async () => {
    const { listPublicSupervisionGroups } = await import("@/lib/supervision/public-queries");
    const groups = await listPublicSupervisionGroups();
    expect(groups.length).toBeGreaterThan(0);
    const members = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, groups[0].event.id));
    expect(members.length).toBeGreaterThan(0);
    const text = JSON.stringify(groups);
    // Full names and addresses (a trainer may share a last name with a member by chance).
    for (const m of members) {
      expect(text).not.toContain(`${m.firstName} ${m.lastName}`);
      expect(text).not.toContain(m.email);
    }
  });
});
