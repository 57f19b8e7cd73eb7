import type { z } from "zod";
import type { FieldErrors } from "react-hook-form";
import { isSafeFieldName } from "./safe-field-name";

/**
 * What a form's server action answers (also when JavaScript is off): field errors next to their
 * fields, a message above the form, and everything the person typed, so that nothing is lost.
 */
export type FormState = {
  status: "idle" | "error" | "ok";
  message?: string;
  /** Field errors keyed by field name ("title", "sessions.0.date"). */
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
};

export const idleFormState: FormState = { status: "idle" };

/** Field errors of a failed parse, as { "firstName": "…", "answers.q12": "…" } (first message each). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out = new Map<string, string>();
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    if (!out.has(key)) out.set(key, issue.message);
  }
  return Object.fromEntries(out);
}

/** react-hook-form's nested errors as { "answers.q12": "…" }, the same shape as fieldErrors. */
export function flattenFormErrors(errors: FieldErrors, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === "string") out[name] = value.message;
    else if (typeof value === "object") Object.assign(out, flattenFormErrors(value as FieldErrors, name));
  }
  return out;
}

/**
 * A posted form as a plain object: one string per field, an array for fields posted more than once
 * or listed in `arrays`. Next.js's own "$ACTION…" fields and names with a prototype key
 * (`__proto__`, `constructor`, `prototype`) are left out; the object is built with
 * Object.fromEntries, which defines own properties and never calls a prototype's setter.
 */
export function formDataToObject(formData: FormData, arrays: string[] = []): Record<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || !isSafeFieldName(key)) continue;
    const all = formData.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    fields.set(key, arrays.includes(key) || all.length > 1 ? all : all[0]);
  }
  for (const key of arrays) if (!fields.has(key)) fields.set(key, []);
  return Object.fromEntries(fields);
}
