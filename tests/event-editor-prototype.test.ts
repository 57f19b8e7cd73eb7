import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authzContext, type AuthzContext } from "./authz/context";
import { cleanPrototypes, prototypesPolluted, withPrototypeNames } from "./support/prototype-names";

/**
 * Issue 10, must-fix 1, as the attacker tried it: the lowest role (an organiser) posts the event
 * editor without JavaScript with extra fields named `__proto__.SIGNIN_RATE_LIMIT_PER_ACCOUNT` and the
 * like. The action's path (access check, eventFormDataToValues, eventFormSchema, createEvents /
 * updateEvent) must answer normally, and the settings must keep their real values.
 */

let c: AuthzContext;
let access: typeof import("@/lib/event-admin/event-access");
let formData: typeof import("@/lib/event-admin/event-form-data");
let schema: typeof import("@/lib/event-admin/event-form-schema-server");
let save: typeof import("@/lib/event-admin/event-save");
let config: typeof import("@/lib/config/env");
let auth: typeof import("@/lib/config/auth-settings");
let fields: Record<string, string | string[]>;

beforeAll(async () => {
  c = await authzContext(new Date("2026-11-25T12:00:00Z"));
  access = await import("@/lib/event-admin/event-access");
  formData = await import("@/lib/event-admin/event-form-data");
  schema = await import("@/lib/event-admin/event-form-schema-server");
  save = await import("@/lib/event-admin/event-save");
  config = await import("@/lib/config/env");
  auth = await import("@/lib/config/auth-settings");
  config.reloadSettingsForTests({ PUBLIC_URL: "https://fortbildung.mainz.example", SIGNIN_RATE_LIMIT_PER_ACCOUNT: undefined });
  const [format] = await c.db.select().from(c.t.formats).limit(1);
  // The fields as the editor posts them without JavaScript.
  fields = {
    title: "Deeskalation am Abend",
    summary: "Ruhig bleiben, wenn es laut wird.",
    description: "Übungen und Austausch.",
    formatId: String(format.id),
    attendanceMode: "online",
    onlineUrl: "https://konferenz.example.org/raum",
    capacity: "12",
    "sessions.0.date": "2027-03-23",
    "sessions.0.start": "18:00",
    "sessions.0.end": "20:30",
    "sessions.1.date": "",
    "sessions.1.start": "",
    "sessions.1.end": "",
    repeat: "none",
  };
});

afterEach(cleanPrototypes);

function settingsStillReal() {
  expect(prototypesPolluted()).toEqual([]);
  expect(({} as Record<string, unknown>).SIGNIN_RATE_LIMIT_PER_ACCOUNT).toBeUndefined();
  expect(auth.signInSettings().failuresPerAccount).toBe(3);
  expect(config.publicUrl()).toBe("https://fortbildung.mainz.example");
}

describe("the event editor posted with prototype names by an organiser", () => {
  it("creates the event from the known fields and ignores the rest", async () => {
    const values = formData.eventFormDataToValues(withPrototypeNames(fields));
    const parsed = schema.eventFormSchema.safeParse(values);
    expect(parsed.success).toBe(true);
    const { ids } = await save.createEvents(c.vhsOrganiser, parsed.data!);
    expect(ids).toHaveLength(1);
    settingsStillReal();
  });

  it("answers a form with mistakes with field errors, not an exception", () => {
    const values = formData.eventFormDataToValues(withPrototypeNames({ ...fields, title: "", "sessions.0.end": "17:00" }));
    const parsed = schema.eventFormSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["title", "sessions.0.end"]));
    settingsStillReal();
  });

  it("checks access to the event before the body is read: a foreign event is refused, an own one passes", async () => {
    expect(await access.managedEventIdOf(c.vhsOrganiser, withPrototypeNames({ ...fields, eventId: String(c.foreign.eventId) }))).toBeNull();
    expect(await access.managedEventIdOf(c.vhsOrganiser, withPrototypeNames({ ...fields, eventId: "nonsense" }))).toBeNull();
    // An own event whose sessions may be replaced: none of them has attendance recorded.
    const [free] = await c.db
      .select({ id: c.t.events.id })
      .from(c.t.events)
      .where(and(eq(c.t.events.organisationId, c.vhsOrganiser.organisationId), sql`not exists (select 1 from session_attendance a join event_sessions s on s.id = a.session_id where s.event_id = ${c.t.events.id})`))
      .limit(1);
    const own = await access.managedEventIdOf(c.vhsOrganiser, withPrototypeNames({ ...fields, eventId: String(free.id) }));
    expect(own).toBe(free.id);
    // The own event has registrations, so its format stays as it is (refused otherwise).
    const [ownEvent] = await c.db.select().from(c.t.events).where(eq(c.t.events.id, own!));
    const parsed = schema.eventFormSchema.parse(formData.eventFormDataToValues(withPrototypeNames({ ...fields, formatId: String(ownEvent.formatId) })));
    await save.updateEvent(c.vhsOrganiser, own!, parsed);
    settingsStillReal();
  });
});
