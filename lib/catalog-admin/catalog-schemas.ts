import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { checkbox, idField, optionalText, requiredText } from "@/lib/forms/zod-fields";

// German only (the signed-in area); shared with the browser forms.
const t = translator("de", "internOffice");

/** The office's lists. Venues have no active flag in the schema: they can be added and edited only. */
export const catalogKinds = ["format", "topic", "initiative", "venue"] as const;
export type CatalogKind = (typeof catalogKinds)[number];

/** The URL segment of each list under /intern/listen, and back. */
export const catalogPaths: Record<CatalogKind, string> = { format: "formate", topic: "themen", initiative: "initiativen", venue: "orte" };
export function catalogKindOfPath(path: string): CatalogKind | null {
  return catalogKinds.find((k) => catalogPaths[k] === path) ?? null;
}

export const catalogSchemas = {
  format: z.object({ name: requiredText(t("lists.errors.name"), 120), description: optionalText(1000) }),
  topic: z.object({ name: requiredText(t("lists.errors.name"), 120) }),
  initiative: z.object({ name: requiredText(t("lists.errors.name"), 160), district: optionalText(120) }),
  venue: z.object({
    name: requiredText(t("lists.errors.name"), 200),
    street: requiredText(t("lists.errors.street"), 200),
    postalCode: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(/^\d{5}$/, t("lists.errors.postalCode"))),
    city: requiredText(t("lists.errors.city"), 120),
    room: optionalText(200),
    stepFree: checkbox(),
    accessibilityNotes: optionalText(1000),
    directions: optionalText(1000),
  }),
} satisfies Record<CatalogKind, z.ZodType>;

export type CatalogInput<K extends CatalogKind> = z.infer<(typeof catalogSchemas)[K]>;

/** Forms that only name a list entry (deactivate, reactivate). */
export const catalogItemIdSchema = z.object({ itemId: idField(t("lists.errors.id")) });

/** The form of a list entry: its fields, and when editing the entry's id (a hidden field). */
export function catalogFormSchema(kind: CatalogKind, editing: boolean) {
  const schema: z.ZodObject = catalogSchemas[kind];
  return editing ? schema.extend(catalogItemIdSchema.shape) : schema;
}
