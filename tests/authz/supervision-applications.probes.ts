import { and, eq, gt } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the applications page of supervision groups: each does what its action
 * does, as the Volkshochschule's org_admin, with ids of other organisations (the Wohlfahrtsverband's
 * event and a supervision group of the Psychosoziales Zentrum Goldgrube) and with a foreign
 * application posted together with an own event id. Each must be refused with nothing changed.
 */
const file = "app/intern/veranstaltungen/[id]/bewerbungen/actions.ts";

type Ids = { eventId: number; registrationId: number };

/** A published supervision group of another organisation than the Volkshochschule, with one of its registrations. */
export async function foreignSupervisionGroup(c: AuthzContext, now = new Date()): Promise<Ids> {
  const [format] = await c.db.select().from(c.t.formats).where(eq(c.t.formats.slug, "gruppensupervision"));
  const [group] = await c.db
    .select()
    .from(c.t.events)
    .where(and(eq(c.t.events.formatId, format.id), eq(c.t.events.status, "published"), gt(c.t.events.startsAt, now)))
    .limit(1);
  expect(group.organisationId).not.toBe(c.vhsAdmin.organisationId);
  const [registration] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, group.id)).limit(1);
  return { eventId: group.id, registrationId: registration.id };
}

async function snapshot(c: AuthzContext, registrationIds: number[]) {
  const rows = await c.db.select({ id: c.t.registrations.id, status: c.t.registrations.status, updatedAt: c.t.registrations.updatedAt }).from(c.t.registrations);
  const mails = await c.db.select({ id: c.t.mailOutbox.id }).from(c.t.mailOutbox);
  const audit = await c.db.select({ id: c.t.auditLog.id }).from(c.t.auditLog);
  return { rows: rows.filter((r) => registrationIds.includes(r.id)), mails: mails.length, audit: audit.length };
}

/** Tries `command` with every foreign combination of ids and expects AccessDenied with nothing changed. */
async function refusedEverywhere(c: AuthzContext, command: (ids: Ids) => Promise<unknown>) {
  const { AccessDenied } = await import("@/lib/auth/access");
  const group = await foreignSupervisionGroup(c);
  const attempts: Ids[] = [
    { eventId: c.foreign.eventId, registrationId: c.foreign.registrationId! },
    group,
    { eventId: c.own.eventId, registrationId: group.registrationId },
  ];
  const before = await snapshot(c, [c.foreign.registrationId!, group.registrationId]);
  for (const ids of attempts) await expect(command(ids)).rejects.toBeInstanceOf(AccessDenied);
  expect(await snapshot(c, [c.foreign.registrationId!, group.registrationId])).toEqual(before);
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${file}#acceptApplicationAction`]: async (c) => {
    const { acceptApplication } = await import("@/lib/supervision/decide-commands");
    await refusedEverywhere(c, (ids) => acceptApplication(c.vhsAdmin, ids));
  },
  [`${file}#declineApplicationAction`]: async (c) => {
    const { declineApplication } = await import("@/lib/supervision/decide-commands");
    await refusedEverywhere(c, (ids) => declineApplication(c.vhsAdmin, { ...ids, message: "Probe" }));
  },
  [`${file}#waitlistApplicationAction`]: async (c) => {
    const { waitlistApplication } = await import("@/lib/supervision/decide-commands");
    await refusedEverywhere(c, (ids) => waitlistApplication(c.vhsAdmin, ids));
  },
  [`${file}#endMembershipAction`]: async (c) => {
    const { endMembership } = await import("@/lib/supervision/decide-commands");
    await refusedEverywhere(c, (ids) => endMembership(c.vhsAdmin, ids));
  },
};
