"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { requireActor } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { addCatalogItem, setCatalogItemActive, updateCatalogItem } from "@/lib/catalog-admin/catalog-commands";
import { catalogKinds, catalogPaths, type CatalogInput, type CatalogKind } from "@/lib/catalog-admin/catalog-schemas";
import { catalogFormSchema, catalogItemIdSchema } from "@/lib/catalog-admin/catalog-schemas-server";
import type { FormState } from "@/lib/forms/form-state";
import { runOfficeForm } from "@/components/intern/office/office-action";

const t = translator("de", "internOffice");
const common = translator("de", "common");
const kindSchema = z.enum(catalogKinds);
const listPath = (kind: CatalogKind) => `/intern/listen/${catalogPaths[kind]}`;

/** The list a bound action works on (checked like any other input); anything else is refused. */
function withKind(kind: unknown, run: (kind: CatalogKind) => Promise<FormState>): Promise<FormState> {
  const parsed = kindSchema.safeParse(kind);
  return parsed.success ? run(parsed.data) : Promise.resolve({ status: "error", message: common("forms.denied") });
}

export async function addCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return withKind(kind, (k) =>
    runOfficeForm(actor, catalogFormSchema(k, false), formData, async (data) => {
      await addCatalogItem(actor, k, data as CatalogInput<typeof k>);
      revalidatePath(listPath(k));
      redirect(`${listPath(k)}?status=hinzugefuegt`);
    }),
  );
}

export async function updateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return withKind(kind, (k) =>
    runOfficeForm(actor, catalogFormSchema(k, true), formData, async ({ itemId, ...data }) => {
      await updateCatalogItem(actor, k, Number(itemId), data as CatalogInput<typeof k>);
      revalidatePath(listPath(k), "layout");
      return { status: "ok", message: t("lists.saved") };
    }),
  );
}

function setActive(actor: Actor, kind: unknown, formData: FormData, active: boolean) {
  return withKind(kind, (k) =>
    runOfficeForm(actor, catalogItemIdSchema, formData, async ({ itemId }) => {
      await setCatalogItemActive(actor, k, itemId, active);
      revalidatePath(listPath(k));
      return { status: "ok", message: active ? t("lists.reactivatedShort") : t("lists.deactivatedShort") };
    }),
  );
}

export async function deactivateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return setActive(actor, kind, formData, false);
}

export async function reactivateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return setActive(actor, kind, formData, true);
}
