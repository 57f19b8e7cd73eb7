import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { foreignSupervisionGroup } from "./authz/supervision-applications.probes";

/** The event editor's "Offen für neue Mitglieder nach dem ersten Termin" is saved and loaded again. */
let c: AuthzContext;

beforeAll(async () => {
  c = await authzContext();
});

describe("event editor: open after start", () => {
  it("starts unticked, is saved when ticked and shows as ticked when the group is edited again", async () => {
    const { eventFormValues, newEventFormValues } = await import("@/lib/event-admin/event-editor-values");
    const { eventFormSchema } = await import("@/lib/event-admin/event-form-schema-server");
    const { updateEvent } = await import("@/lib/event-admin/event-save");
    expect(newEventFormValues(c.coordinator).openAfterStart).toBe(false);
    const { eventId } = await foreignSupervisionGroup(c);
    const { values } = await eventFormValues(c.coordinator, eventId);
    expect(values.openAfterStart).toBe(false);

    await updateEvent(c.coordinator, eventId, eventFormSchema.parse({ ...values, openAfterStart: "on" }));
    const [row] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, eventId));
    expect(row.openAfterStart).toBe(true);
    expect((await eventFormValues(c.coordinator, eventId)).values.openAfterStart).toBe(true);

    // An unticked box posts nothing: the group is closed again after its start.
    const { openAfterStart: _ticked, ...unticked } = (await eventFormValues(c.coordinator, eventId)).values;
    void _ticked;
    await updateEvent(c.coordinator, eventId, eventFormSchema.parse(unticked));
    expect((await eventFormValues(c.coordinator, eventId)).values.openAfterStart).toBe(false);
  });
});
