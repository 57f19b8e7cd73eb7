import type { Registration } from "@/db/schema";

/**
 * The texts of a registration that identify or describe the person, for finding them again in
 * places that copied them (audit entries). Very short pieces (a two-letter name) are left out: they
 * would match ordinary words; the fields that hold them are removed by name anyway.
 */
export function personalValuesOf(r: Pick<Registration, "firstName" | "lastName" | "email" | "emailNormalized" | "phone" | "initiativeOther" | "accessibilityNeeds" | "motivation" | "officeNote" | "answers">): string[] {
  const answers = Object.values(r.answers ?? {}).flatMap((a) => (typeof a === "string" ? [a] : Array.isArray(a) ? a : []));
  const values = [
    `${r.firstName} ${r.lastName}`.trim(),
    r.firstName,
    r.lastName,
    r.email,
    r.emailNormalized,
    r.phone,
    r.initiativeOther,
    r.accessibilityNeeds,
    r.motivation,
    r.officeNote,
    ...answers,
  ];
  return [...new Set(values.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v.length >= 3))];
}

/** Field names under which the data layer writes personal values into audit entries. */
export const PERSONAL_FIELD_NAMES = new Set([
  "firstName",
  "lastName",
  "name",
  "email",
  "emailNormalized",
  "phone",
  "initiativeOther",
  "accessibilityNeeds",
  "answers",
  "motivation",
  "officeNote",
  "recipient",
]);

/**
 * A copy of an audit entry's before/after value with personal fields set to null and every string
 * that contains one of `values` (case-insensitive) set to null as well; everything else (status,
 * ids, times) stays, so the entry still says what was done.
 */
export function scrubValue(value: unknown, values: string[]): unknown {
  const lowered = values.map((v) => v.toLowerCase());
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return lowered.some((p) => v.toLowerCase().includes(p)) ? null : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, PERSONAL_FIELD_NAMES.has(k) ? null : walk(inner)]));
    }
    return v;
  };
  return walk(value);
}
