import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import type { Texts } from "@/lib/i18n/texts";
import { checkbox, idField, optionalText, requiredText } from "@/lib/forms/zod-fields";

/** The office's lists. Venues have no active flag in the schema: they can be added and edited only. */
export const catalogKinds = ["format", "topic", "initiative", "venue"] as const;
export type CatalogKind = (typeof catalogKinds)[number];

/** The URL segment of each list under /intern/listen, and back. */
export const catalogPaths: Record<CatalogKind, string> = { format: "formate", topic: "themen", initiative: "initiativen", venue: "orte" };
export function catalogKindOfPath(path: string): CatalogKind | null {
  return catalogKinds.find((k) => catalogPaths[k] === path) ?? null;
}

/** The error texts: "internOffice.lists.errors" (German only, the signed-in area). */
export type CatalogErrorTexts = Texts<keyof Messages["internOffice"]["lists"]["errors"]>;

/**
 * The list forms' schemas, shared by the browser forms and the server actions. They take their
 * texts as a parameter (useTranslations in the browser, lib/catalog-admin/catalog-schemas-server.ts
 * on the server) so that the browser bundle does not carry the catalogue.
 */
export function catalogAdminSchemas(t: CatalogErrorTexts) {
  const catalogSchemas = {
    format: z.object({ name: requiredText(t("name"), 120), description: optionalText(1000) }),
    topic: z.object({ name: requiredText(t("name"), 120) }),
    initiative: z.object({ name: requiredText(t("name"), 160), district: optionalText(120) }),
    venue: z.object({
      name: requiredText(t("name"), 200),
      street: requiredText(t("street"), 200),
      postalCode: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(/^\d{5}$/, t("postalCode"))),
      city: requiredText(t("city"), 120),
      room: optionalText(200),
      stepFree: checkbox(),
      accessibilityNotes: optionalText(1000),
      directions: optionalText(1000),
    }),
  } satisfies Record<CatalogKind, z.ZodType>;

  /** Forms that only name a list entry (deactivate, reactivate). */
  const catalogItemIdSchema = z.object({ itemId: idField(t("id")) });

  /** The form of a list entry: its fields, and when editing the entry's id (a hidden field). */
  function catalogFormSchema(kind: CatalogKind, editing: boolean) {
    const schema: z.ZodObject = catalogSchemas[kind];
    return editing ? schema.extend(catalogItemIdSchema.shape) : schema;
  }

  return { catalogSchemas, catalogItemIdSchema, catalogFormSchema };
}

export type CatalogInput<K extends CatalogKind> = z.infer<ReturnType<typeof catalogAdminSchemas>["catalogSchemas"][K]>;
