import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { foreignSupervisionGroup, probes } from "./authz/supervision-applications.probes";

let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("supervision applications: another organisation's groups are refused", () => {
  for (const [key, probe] of Object.entries(probes)) it(key, () => probe(c));

  it("the list of applications refuses foreign ids and ordinary events, and lets the office in", async () => {
    const { AccessDenied } = await import("@/lib/auth/access");
    const { listApplications } = await import("@/lib/supervision/applications-query");
    const group = await foreignSupervisionGroup(c);
    await expect(listApplications(c.vhsAdmin, group.eventId)).rejects.toBeInstanceOf(AccessDenied);
    await expect(listApplications(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(AccessDenied);
    // An own event that is not a supervision group has no applications page.
    await expect(listApplications(c.vhsAdmin, c.own.eventId)).rejects.toBeInstanceOf(AccessDenied);
    expect((await listApplications(c.coordinator, group.eventId)).group.id).toBe(group.eventId);
  });
});
