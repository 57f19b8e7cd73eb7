"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import messages from "@/messages/de/intern-office.json";
import { createOrganisation, setOrganisationActive, updateOrganisation } from "@/lib/organisations/organisation-commands";
import { organisationIdSchema, organisationSchema, organisationUpdateSchema } from "@/lib/organisations/organisation-schemas";
import type { FormState } from "@/lib/forms/form-state";
import { officeAction } from "@/components/intern/office/office-action";

const m = messages.organisations;

const create = officeAction(organisationSchema, async (actor, data) => {
  const id = await createOrganisation(actor, data);
  revalidatePath("/intern/organisationen");
  redirect(`/intern/organisationen/${id}?status=angelegt`);
});

const update = officeAction(organisationUpdateSchema, async (actor, { organisationId, ...data }) => {
  await updateOrganisation(actor, organisationId, data);
  revalidatePath("/intern/organisationen", "layout");
  return { status: "ok", message: m.saved };
});

const deactivate = officeAction(organisationIdSchema, async (actor, data) => {
  await setOrganisationActive(actor, data.organisationId, false);
  revalidatePath("/intern/organisationen", "layout");
  redirect(`/intern/organisationen/${data.organisationId}?status=deaktiviert`);
});

const reactivate = officeAction(organisationIdSchema, async (actor, data) => {
  await setOrganisationActive(actor, data.organisationId, true);
  revalidatePath("/intern/organisationen", "layout");
  return { status: "ok", message: m.reactivated };
});

export async function createOrganisationAction(_previous: FormState, formData: FormData) {
  return create(formData);
}
export async function updateOrganisationAction(_previous: FormState, formData: FormData) {
  return update(formData);
}
export async function deactivateOrganisationAction(_previous: FormState, formData: FormData) {
  return deactivate(formData);
}
export async function reactivateOrganisationAction(_previous: FormState, formData: FormData) {
  return reactivate(formData);
}
