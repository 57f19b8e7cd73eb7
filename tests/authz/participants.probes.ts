import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { AuthzContext } from "./context";

/**
 * Authorisation probes of the participant pages: each does what its action or route does, as the
 * Volkshochschule's org_admin with the Wohlfahrtsverband's ids, and expects a refusal with nothing
 * changed. Keyed "<file>#<export>".
 */
const dir = "app/intern/veranstaltungen/[id]";

async function accessDenied() {
  return (await import("@/lib/auth/access")).AccessDenied;
}

/** The foreign registration's row and the outbox size, to show that nothing changed. */
async function snapshot(c: AuthzContext) {
  const [r] = await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.id, c.foreign.registrationId!));
  const mails = await c.db.select({ id: c.t.mailOutbox.id }).from(c.t.mailOutbox);
  return { status: r.status, updatedAt: r.updatedAt.getTime(), mails: mails.length };
}

async function refusedUnchanged(c: AuthzContext, attempt: () => Promise<unknown>) {
  const before = await snapshot(c);
  await expect(attempt()).rejects.toBeInstanceOf(await accessDenied());
  expect(await snapshot(c)).toEqual(before);
}

export const probes: Record<string, (c: AuthzContext) => Promise<void>> = {
  [`${dir}/teilnehmende/actions.ts#addParticipantAction`]: async (c) => {
    const { addParticipantByHand } = await import("@/lib/participants/add-participant");
    const { addParticipantSchema } = await import("@/lib/participants/schemas-server");
    const input = addParticipantSchema.parse({ eventId: String(c.foreign.eventId), firstName: "Fremd", lastName: "Probe", email: "fremd@example.org", phone: "", initiative: "keine" });
    const count = async () => (await c.db.select().from(c.t.registrations).where(eq(c.t.registrations.eventId, c.foreign.eventId))).length;
    const before = await count();
    await refusedUnchanged(c, () => addParticipantByHand(c.vhsAdmin, input));
    expect(await count()).toBe(before);
  },
  [`${dir}/teilnehmende/actions.ts#moveFromWaitlistAction`]: async (c) => {
    const { moveFromWaitlist } = await import("@/lib/participants/waitlist-commands");
    await refusedUnchanged(c, () => moveFromWaitlist(c.vhsAdmin, { eventId: c.foreign.eventId, registrationId: c.foreign.registrationId!, override: true }));
    // A foreign registration posted together with an own event id.
    await refusedUnchanged(c, () => moveFromWaitlist(c.vhsAdmin, { eventId: c.own.eventId, registrationId: c.foreign.registrationId!, override: true }));
  },
  [`${dir}/teilnehmende/actions.ts#cancelParticipantAction`]: async (c) => {
    const { cancelOnBehalf } = await import("@/lib/participants/waitlist-commands");
    await refusedUnchanged(c, () => cancelOnBehalf(c.vhsAdmin, { eventId: c.foreign.eventId, registrationId: c.foreign.registrationId! }));
    await refusedUnchanged(c, () => cancelOnBehalf(c.vhsAdmin, { eventId: c.own.eventId, registrationId: c.foreign.registrationId! }));
  },
  [`${dir}/teilnehmende/actions.ts#messageParticipantsAction`]: async (c) => {
    const { messageParticipants, messageAudience } = await import("@/lib/participants/message");
    const { participantMessageSchema } = await import("@/lib/participants/schemas-server");
    const message = (eventId: number, recipients: string) =>
      participantMessageSchema.parse({ eventId: String(eventId), recipients, registrationIds: [String(c.foreign.registrationId)], subject: "Betreff", text: "Text", confirm: "on" });
    await expect(messageAudience(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(await accessDenied());
    await refusedUnchanged(c, () => messageParticipants(c.vhsAdmin, message(c.foreign.eventId, "confirmed")));
    await refusedUnchanged(c, () => messageParticipants(c.vhsAdmin, message(c.own.eventId, "selected")));
  },
  [`${dir}/check-in/actions.ts#markAttendanceAction`]: async (c) => {
    const { markAttendance } = await import("@/lib/participants/attendance");
    await refusedUnchanged(c, () => markAttendance(c.vhsAdmin, { eventId: c.foreign.eventId, registrationId: c.foreign.registrationId!, attendance: "no_show" }));
    await refusedUnchanged(c, () => markAttendance(c.vhsAdmin, { eventId: c.own.eventId, registrationId: c.foreign.registrationId!, attendance: "no_show" }));
    // Undoing a mark ("offen" again) is refused the same way.
    const { clearAttendance } = await import("@/lib/participants/attendance");
    await refusedUnchanged(c, () => clearAttendance(c.vhsAdmin, { eventId: c.foreign.eventId, registrationId: c.foreign.registrationId! }));
    await refusedUnchanged(c, () => clearAttendance(c.vhsAdmin, { eventId: c.own.eventId, registrationId: c.foreign.registrationId! }));
  },
  [`${dir}/teilnehmende/export.csv/route.ts#GET`]: async (c) => {
    const { participantExportTable } = await import("@/lib/participants/export-table");
    await expect(participantExportTable(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(await accessDenied());
  },
  [`${dir}/teilnehmende/export.xlsx/route.ts#GET`]: async (c) => {
    const { participantExportTable } = await import("@/lib/participants/export-table");
    await expect(participantExportTable(c.vhsAdmin, c.foreign.eventId)).rejects.toBeInstanceOf(await accessDenied());
  },
};
