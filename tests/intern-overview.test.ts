import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";

let c: AuthzContext;
let overview: typeof import("@/lib/intern-overview/overview-queries");

beforeAll(async () => {
  c = await authzContext();
  overview = await import("@/lib/intern-overview/overview-queries");
});

describe("the start page of /intern", () => {
  it("shows a partner only its own organisation's events, and no review queue", async () => {
    const vhs = await overview.overviewFor(c.vhsOrganiser);
    const office = await overview.overviewFor(c.coordinator);
    expect(vhs.upcoming.length).toBeGreaterThan(0);
    expect(new Set(vhs.upcoming.map((e) => e.organisation))).toEqual(new Set(["Volkshochschule am Rhein"]));
    expect(vhs.reviewQueue).toBe(0);
    expect(new Set(office.upcoming.map((e) => e.organisation)).size).toBeGreaterThan(1);
    const total = (o: typeof vhs) => Object.values(o.byStatus).reduce((a, b) => a + (b ?? 0), 0);
    expect(total(office)).toBeGreaterThan(total(vhs));
    // The demo has an event in review: the office sees the queue.
    expect(office.reviewQueue).toBeGreaterThanOrEqual(1);
  });
});
