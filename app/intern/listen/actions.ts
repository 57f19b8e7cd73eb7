"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import messages from "@/messages/de/intern-office.json";
import common from "@/messages/de/common.json";
import { addCatalogItem, setCatalogItemActive, updateCatalogItem } from "@/lib/catalog-admin/catalog-commands";
import { catalogFormSchema, catalogItemIdSchema, catalogKinds, catalogPaths, type CatalogInput, type CatalogKind } from "@/lib/catalog-admin/catalog-schemas";
import type { FormState } from "@/lib/forms/form-state";
import { officeAction } from "@/components/intern/office/office-action";

const m = messages.lists;
const kindSchema = z.enum(catalogKinds);
const listPath = (kind: CatalogKind) => `/intern/listen/${catalogPaths[kind]}`;

/** The list a bound action works on; anything else is refused like a foreign id. */
function withKind(kind: unknown, run: (kind: CatalogKind) => Promise<FormState>): Promise<FormState> {
  const parsed = kindSchema.safeParse(kind);
  return parsed.success ? run(parsed.data) : Promise.resolve({ status: "error", message: common.forms.denied });
}

export async function addCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData) {
  return withKind(kind, (k) =>
    officeAction(catalogFormSchema(k, false), async (actor, data) => {
      await addCatalogItem(actor, k, data as CatalogInput<typeof k>);
      revalidatePath(listPath(k));
      redirect(`${listPath(k)}?status=hinzugefuegt`);
    })(formData),
  );
}

export async function updateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData) {
  return withKind(kind, (k) =>
    officeAction(catalogFormSchema(k, true), async (actor, { itemId, ...data }) => {
      await updateCatalogItem(actor, k, Number(itemId), data as CatalogInput<typeof k>);
      revalidatePath(listPath(k), "layout");
      return { status: "ok", message: m.saved };
    })(formData),
  );
}

async function setActive(kind: unknown, formData: FormData, active: boolean) {
  return withKind(kind, (k) =>
    officeAction(catalogItemIdSchema, async (actor, { itemId }) => {
      await setCatalogItemActive(actor, k, itemId, active);
      revalidatePath(listPath(k));
      return { status: "ok", message: active ? m.reactivatedShort : m.deactivatedShort };
    })(formData),
  );
}

export async function deactivateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData) {
  return setActive(kind, formData, false);
}
export async function reactivateCatalogItemAction(kind: unknown, _previous: FormState, formData: FormData) {
  return setActive(kind, formData, true);
}
