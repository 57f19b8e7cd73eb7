import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { InitiativeOption } from "./initiative-choice";
import { registrationErrorTexts } from "./error-texts-server";
import type { RegistrationErrorTexts } from "./error-texts";
import { registrationFormSchema, registrationSchema, type QuestionForForm } from "./schemas";

/**
 * The registration schemas, built once per list of questions (and initiatives) and language.
 * Building a zod schema and its first parse (zod compiles the object's parser then) cost about
 * 2 ms, which bench:registrations paid on every request. The lists come from the cache of public
 * reads (lib/registrations/queries.ts), which hands out the same array until the questions or
 * initiatives change, so a WeakMap on them is exact: a changed question gives a new array and a new
 * schema, and an old schema goes with its array.
 */

type ApiSchema = ReturnType<typeof registrationSchema>;
type FormSchema = ReturnType<typeof registrationFormSchema>;

const apiSchemas = new WeakMap<QuestionForForm[], Map<Locale, ApiSchema>>();
const formSchemas = new WeakMap<QuestionForForm[], WeakMap<InitiativeOption[], Map<Locale, FormSchema>>>();

/** The API's schema (and the commands' input type) for these questions, with error texts in `locale`. */
export function registrationSchemaFor(questions: QuestionForForm[], locale: Locale): ApiSchema {
  let byLocale = apiSchemas.get(questions);
  if (!byLocale) apiSchemas.set(questions, (byLocale = new Map()));
  let schema = byLocale.get(locale);
  if (!schema) byLocale.set(locale, (schema = registrationSchema(questions, registrationErrorTexts(locale))));
  return schema;
}

/**
 * The form's schema. `t` must give the error texts of `locale` (the page's translator): the texts
 * are taken when the schema is built, so one schema serves every request in that language.
 */
export function registrationFormSchemaFor(questions: QuestionForForm[], initiatives: InitiativeOption[], locale: Locale, t: RegistrationErrorTexts): FormSchema {
  let byInitiatives = formSchemas.get(questions);
  if (!byInitiatives) formSchemas.set(questions, (byInitiatives = new WeakMap()));
  let byLocale = byInitiatives.get(initiatives);
  if (!byLocale) byInitiatives.set(initiatives, (byLocale = new Map()));
  let schema = byLocale.get(locale);
  if (!schema) byLocale.set(locale, (schema = registrationFormSchema(questions, initiatives, t)));
  return schema;
}
