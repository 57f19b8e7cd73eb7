import { afterEach, describe, expect, it } from "vitest";
import { applicationTexts, registrationTexts } from "./support/form-texts";
import { cleanPrototypes, prototypesPolluted, withPrototypeNames } from "./support/prototype-names";

/**
 * Every parser of posted forms and query strings, fed names such as `__proto__.X`,
 * `constructor.prototype.X` and `sessions.0.__proto__.x` (issue 10, must-fix 1). Each must give a
 * normal result (a value or a validation error, no exception) and leave Object.prototype alone.
 * A new parser of user-chosen names belongs in `parsers` below.
 */

const questions = [
  { id: 7, label: "Sprache?", help: null, kind: "single_choice" as const, options: ["Deutsch", "Arabisch"], required: true },
  { id: 8, label: "Themen?", help: null, kind: "multiple_choice" as const, options: ["A", "B"], required: false },
];

const parsers: Record<string, () => Promise<(fd: FormData) => unknown>> = {
  "lib/forms/form-state.ts formDataToObject (every plain form: sign-in, office, participants, workflow, application)": async () => {
    const { formDataToObject } = await import("@/lib/forms/form-state");
    return (fd) => formDataToObject(fd, ["registrationIds", "topicIds"]);
  },
  "lib/event-admin/event-form-data.ts eventFormDataToValues + eventFormSchema (event editor)": async () => {
    const { eventFormDataToValues } = await import("@/lib/event-admin/event-form-data");
    const { eventFormSchema } = await import("@/lib/event-admin/event-form-schema-server");
    return (fd) => eventFormSchema.safeParse(eventFormDataToValues(fd));
  },
  "lib/event-admin/duplicate-form-schema.ts (duplicate an event)": async () => {
    const { formDataToObject } = await import("@/lib/forms/form-state");
    const { duplicateFormSchema } = await import("@/lib/event-admin/duplicate-form-schema-server");
    return (fd) => duplicateFormSchema.safeParse(formDataToObject(fd));
  },
  "lib/registrations/schemas.ts registrationFormDataToInput + registrationSchema (registration form)": async () => {
    const { registrationFormDataToInput, registrationFormSchema } = await import("@/lib/registrations/schemas");
    return (fd) => registrationFormSchema(questions, [{ id: 1, name: "Café" }], registrationTexts()).safeParse(registrationFormDataToInput(fd, questions));
  },
  "lib/supervision/application-schema.ts (application form)": async () => {
    const { formDataToObject } = await import("@/lib/forms/form-state");
    const { applicationFormSchema } = await import("@/lib/supervision/application-schema");
    return (fd) => applicationFormSchema([{ id: 1, name: "Café" }], applicationTexts()).safeParse(formDataToObject(fd));
  },
  "lib/events/filters.ts parseCalendarFilter (calendar query)": async () => {
    const { parseCalendarFilter } = await import("@/lib/events/filters");
    return (fd) => parseCalendarFilter(asQuery(fd));
  },
  "lib/events/filters.ts parseCalendarFilterStrict (API query)": async () => {
    const { parseCalendarFilterStrict } = await import("@/lib/events/filters");
    return (fd) => parseCalendarFilterStrict(asQuery(fd));
  },
  "lib/events/api-representation.ts parseApiListQuery (GET /api/v1/events)": async () => {
    const { parseApiListQuery } = await import("@/lib/events/api-representation");
    return (fd) => parseApiListQuery(asQuery(fd));
  },
  "lib/event-admin/event-list-filter.ts parseEventListFilter (list of the signed-in area)": async () => {
    const { parseEventListFilter } = await import("@/lib/event-admin/event-list-filter");
    return (fd) => parseEventListFilter(asSearchParams(fd));
  },
};

/** A form's names and values as a query string. */
function asQuery(fd: FormData): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of fd.entries()) if (typeof value === "string") query.append(name, value);
  return query;
}

/** As Next.js hands searchParams to a page: an object with the names as own keys. */
function asSearchParams(fd: FormData): Record<string, string | string[] | undefined> {
  const query = asQuery(fd);
  return Object.fromEntries([...new Set(query.keys())].map((name) => [name, query.getAll(name)]));
}

afterEach(cleanPrototypes);

describe("form parsers and prototype names", () => {
  for (const [name, load] of Object.entries(parsers)) {
    it(`${name}: ignores them, answers normally, pollutes nothing`, async () => {
      const parse = await load();
      const fd = withPrototypeNames({ title: "Titel", "sessions.0.date": "2027-01-05", eventId: "1", firstName: "Mia" });
      let result: unknown;
      expect(() => (result = parse(fd))).not.toThrow();
      expect(prototypesPolluted()).toEqual([]);
      expect(result).toBeTypeOf("object");
      // A zod result: a value or field errors, not a crash.
      if (result && typeof result === "object" && "success" in result) expect(typeof result.success).toBe("boolean");
    });
  }

  it("the registration API's JSON body (POST /api/v1/events/{slug}/registrations) gives field errors, pollutes nothing", async () => {
    const { registrationSchema } = await import("@/lib/registrations/schemas");
    const body = JSON.parse(
      '{"__proto__": {"pollutedX": "1"}, "constructor": {"prototype": {"pollutedY": "1"}}, "firstName": "Mia", "answers": {"__proto__": {"pollutedZ": "1"}, "q7": "Deutsch"}}',
    ) as unknown;
    const result = registrationSchema(questions, registrationTexts()).safeParse(body);
    expect(prototypesPolluted()).toEqual([]);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain("email");
  });

  it("the event editor keeps known fields and rows and drops everything else", async () => {
    const { eventFormDataToValues, MAX_ROWS } = await import("@/lib/event-admin/event-form-data");
    const fd = withPrototypeNames({ title: "T", eventId: "3", "newVenue.name": "Saal", "sessions.0.date": "2027-01-05", "sessions.0.unknown": "x", [`sessions.${MAX_ROWS}.date`]: "2027-01-06", "questions.1.label": "Frage?", "repeatDates.2": "2027-02-01", nonsense: "x" });
    const values = eventFormDataToValues(fd);
    expect(prototypesPolluted()).toEqual([]);
    expect(values).toEqual({ title: "T", eventId: "3", newVenue: { name: "Saal" }, sessions: [{ date: "2027-01-05" }], questions: [{ label: "Frage?" }], repeatDates: ["2027-02-01"], topicIds: [], languages: [] });
    for (const object of [values, values.newVenue, ...(values.sessions as object[])]) expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });
});
