import { expect } from "vitest";
import { eq, inArray, not } from "drizzle-orm";
import type { AuthzContext } from "./context";

/**
 * The public side of supervision groups takes no organisation's ids and no signed-in actor: the
 * application action serves only public supervision groups, and only the person's own manage link
 * can withdraw an application (the manage actions' probes are in public.probes.ts).
 */

const probeApplicant = { firstName: "Pro", lastName: "Be", email: "probe-apply@example.org", phone: "", initiative: "keine", initiativeOther: "", motivation: "geheim", canAttendAll: "ja", consent: true } as const;

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/(public)/supervision/[slug]/actions.ts#applyAction": async (c) => {
    const { applyForSupervisionGroup } = await import("@/lib/supervision/apply");
    const [hidden] = await c.db.select().from(c.t.events).where(not(inArray(c.t.events.status, ["published", "cancelled"]))).limit(1);
    const [normal] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, c.foreign.eventId));
    const count = async () => (await c.db.select({ id: c.t.registrations.id }).from(c.t.registrations).where(eq(c.t.registrations.email, probeApplicant.email))).length;
    const before = await count();
    // A draft (not public) and a normal event of another organisation: no application is possible.
    expect(await applyForSupervisionGroup(hidden.slug, probeApplicant)).toEqual({ kind: "not_found" });
    expect(await applyForSupervisionGroup(normal.slug, probeApplicant)).toEqual({ kind: "not_found" });
    expect(await count()).toBe(before);
  },
};
