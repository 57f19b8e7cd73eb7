import { count, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";

/**
 * The event editor's actions, tried by the Volkshochschule's org_admin with the Wohlfahrtsverband's
 * ids through the same data-layer functions the actions call. Each must be refused and change nothing.
 */
async function validInput(c: AuthzContext, overrides: Record<string, unknown> = {}) {
  const { eventFormSchema } = await import("@/lib/event-admin/event-form-schema-server");
  const [format] = await c.db.select().from(c.t.formats).limit(1);
  return eventFormSchema.parse({
    title: "Übernahmeversuch",
    summary: "Kurz.",
    description: "Lang.",
    formatId: String(format.id),
    attendanceMode: "online",
    onlineUrl: "https://konferenz.example.org/raum",
    capacity: "10",
    sessions: [{ date: "2027-02-02", start: "18:00", end: "20:00" }],
    ...overrides,
  });
}

async function foreignState(c: AuthzContext) {
  const [event] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, c.foreign.eventId));
  const sessions = await c.db.select().from(c.t.eventSessions).where(eq(c.t.eventSessions.eventId, c.foreign.eventId));
  const [{ n }] = await c.db.select({ n: count() }).from(c.t.events).where(eq(c.t.events.organisationId, c.foreign.organisationId));
  return { event, sessions, foreignEvents: n };
}

async function refusedWithoutChange(c: AuthzContext, attempt: () => Promise<unknown>) {
  const { AccessDenied } = await import("@/lib/auth/access");
  const before = await foreignState(c);
  await expect(attempt()).rejects.toBeInstanceOf(AccessDenied);
  expect(await foreignState(c)).toEqual(before);
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  "app/intern/veranstaltungen/actions.ts#createEventAction": async (c) => {
    const { createEvents } = await import("@/lib/event-admin/event-save");
    const input = await validInput(c, { organisationId: String(c.foreign.organisationId) });
    await refusedWithoutChange(c, () => createEvents(c.vhsAdmin, input));
  },
  "app/intern/veranstaltungen/actions.ts#updateEventAction": async (c) => {
    const { updateEvent } = await import("@/lib/event-admin/event-save");
    const input = await validInput(c);
    await refusedWithoutChange(c, () => updateEvent(c.vhsAdmin, c.foreign.eventId, input));
  },
  "app/intern/veranstaltungen/actions.ts#duplicateEventAction": async (c) => {
    const { duplicateEvent } = await import("@/lib/event-admin/event-duplicate");
    await refusedWithoutChange(c, () => duplicateEvent(c.vhsAdmin, c.foreign.eventId, "2027-03-01"));
  },
};
