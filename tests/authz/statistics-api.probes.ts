import { expect } from "vitest";
import type { AuthzContext } from "./context";

/** The statistics JSON: a partner asking for another organisation gets its own figures only. */
export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/api/v1/statistics/route.ts#GET": async (c) => {
    const { statisticsFilterFor } = await import("@/lib/statistics/filter");
    const { statisticsFor } = await import("@/lib/statistics/figures");
    const asked = statisticsFilterFor(c.vhsAdmin, { traeger: String(c.foreign.organisationId) });
    expect(asked.filter.organisationId).toBe(c.vhsAdmin.organisationId);
    const stats = await statisticsFor(c.vhsAdmin, { ...asked.filter, organisationId: c.foreign.organisationId });
    const { eq } = await import("drizzle-orm");
    const foreignTitles = new Set((await c.db.select({ title: c.t.events.title }).from(c.t.events).where(eq(c.t.events.organisationId, c.foreign.organisationId))).map((e) => e.title));
    expect(stats.events.filter((e) => foreignTitles.has(e.title))).toEqual([]);
    expect(stats.byOrganisation.every((o) => o.label === c.vhsAdmin.organisationName)).toBe(true);
  },
};
