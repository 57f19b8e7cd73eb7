import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the event workflow (app/intern/veranstaltungen/[id]/actions.ts): each
 * action's data-layer call, made by the Volkshochschule's org_admin with the Wohlfahrtsverband's
 * event, must be refused and change nothing. Steps reserved for the office (returning, publishing
 * for an untrusted organisation) are also tried on the Volkshochschule's own event.
 */

const ACTIONS = "app/intern/veranstaltungen/[id]/actions.ts";

async function snapshot(c: AuthzContext, eventId: number) {
  const [event] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, eventId));
  const registrations = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, eventId));
  const mails = await c.db.select().from(c.t.mailOutbox).where(eq(c.t.mailOutbox.eventId, eventId));
  return { event, registrations, mails };
}

/** Runs `attempt`, expects AccessDenied, and that the event, its registrations and its mails are unchanged. */
async function refused(c: AuthzContext, eventId: number, attempt: () => Promise<unknown>) {
  const { AccessDenied } = await import("@/lib/auth/access");
  const before = await snapshot(c, eventId);
  await expect(attempt()).rejects.toBeInstanceOf(AccessDenied);
  expect(await snapshot(c, eventId)).toEqual(before);
}

/** Puts the Volkshochschule's own event into a status for a probe, and back afterwards. */
async function withOwnEventIn(c: AuthzContext, status: "draft" | "in_review", probe: (eventId: number) => Promise<void>) {
  const [own] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, c.own.eventId));
  await c.db.update(c.t.events).set({ status }).where(eq(c.t.events.id, own.id));
  try {
    await probe(own.id);
  } finally {
    await c.db.update(c.t.events).set({ status: own.status }).where(eq(c.t.events.id, own.id));
  }
}

const workflow = () => import("@/lib/event-admin/workflow");

/** Gives the Volkshochschule's own event a published status with a change waiting for review, and restores it afterwards. */
async function withOwnChangeWaiting(c: AuthzContext, probe: (eventId: number) => Promise<void>) {
  const [own] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, c.own.eventId));
  const pendingRevision = { values: { title: "Selbst freigegeben" }, submittedAt: new Date().toISOString(), accountId: c.vhsAdmin.accountId };
  await c.db.update(c.t.events).set({ status: "published", pendingRevision }).where(eq(c.t.events.id, own.id));
  try {
    await probe(own.id);
  } finally {
    await c.db.update(c.t.events).set({ status: own.status, pendingRevision: own.pendingRevision }).where(eq(c.t.events.id, own.id));
  }
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${ACTIONS}#submitEventAction`]: async (c) => {
    const { submitEvent } = await workflow();
    await refused(c, c.foreign.eventId, () => submitEvent(c.vhsAdmin, c.foreign.eventId));
  },
  [`${ACTIONS}#publishEventAction`]: async (c) => {
    const { publishEvent } = await workflow();
    await refused(c, c.foreign.eventId, () => publishEvent(c.vhsAdmin, c.foreign.eventId));
    // The Volkshochschule is not trusted: its own draft is published by the office only.
    await withOwnEventIn(c, "draft", (id) => refused(c, id, () => publishEvent(c.vhsAdmin, id)));
    await withOwnEventIn(c, "in_review", (id) => refused(c, id, () => publishEvent(c.vhsAdmin, id)));
  },
  [`${ACTIONS}#withdrawEventAction`]: async (c) => {
    const { withdrawEvent } = await workflow();
    await refused(c, c.foreign.eventId, () => withdrawEvent(c.vhsAdmin, c.foreign.eventId));
  },
  [`${ACTIONS}#returnEventAction`]: async (c) => {
    const { returnEvent } = await workflow();
    await refused(c, c.foreign.eventId, () => returnEvent(c.vhsAdmin, c.foreign.eventId, "Fremd"));
    // Only the office returns events, also the partner's own.
    await withOwnEventIn(c, "in_review", (id) => refused(c, id, () => returnEvent(c.vhsAdmin, id, "Selbst")));
  },
  [`${ACTIONS}#closeRegistrationAction`]: async (c) => {
    const { setRegistrationClosed } = await workflow();
    await refused(c, c.foreign.eventId, () => setRegistrationClosed(c.vhsAdmin, c.foreign.eventId, true));
  },
  [`${ACTIONS}#reopenRegistrationAction`]: async (c) => {
    const { setRegistrationClosed } = await workflow();
    await refused(c, c.foreign.eventId, () => setRegistrationClosed(c.vhsAdmin, c.foreign.eventId, false));
  },
  [`${ACTIONS}#approveChangeAction`]: async (c) => {
    const { approveChange } = await workflow();
    await refused(c, c.foreign.eventId, () => approveChange(c.vhsAdmin, c.foreign.eventId));
    // Only the office approves a waiting change, also of the partner's own event.
    await withOwnChangeWaiting(c, (id) => refused(c, id, () => approveChange(c.vhsAdmin, id)));
  },
  [`${ACTIONS}#rejectChangeAction`]: async (c) => {
    const { rejectChange } = await workflow();
    await refused(c, c.foreign.eventId, () => rejectChange(c.vhsAdmin, c.foreign.eventId, "Fremd"));
    await withOwnChangeWaiting(c, (id) => refused(c, id, () => rejectChange(c.vhsAdmin, id, "Selbst")));
  },
  [`${ACTIONS}#cancelEventAction`]: async (c) => {
    const { cancelEvent } = await import("@/lib/event-admin/cancel");
    await refused(c, c.foreign.eventId, () => cancelEvent(c.vhsAdmin, c.foreign.eventId, "Fremd"));
  },
};
