"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { translator } from "@/lib/i18n/translator";
import { requireActor } from "@/lib/auth/session";
import { createOrganisation, setOrganisationActive, updateOrganisation } from "@/lib/organisations/organisation-commands";
import { organisationIdSchema, organisationSchema, organisationUpdateSchema } from "@/lib/organisations/organisation-schemas-server";
import type { FormState } from "@/lib/forms/form-state";
import { runOfficeForm } from "@/components/intern/office/office-action";

const t = translator("de", "internOffice");

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, organisationSchema, formData, async (data) => {
    const id = await createOrganisation(actor, data);
    revalidatePath("/intern/organisationen");
    redirect(`/intern/organisationen/${id}?status=angelegt`);
  });
}

export async function updateOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, organisationUpdateSchema, formData, async ({ organisationId, ...data }) => {
    await updateOrganisation(actor, organisationId, data);
    revalidatePath("/intern/organisationen", "layout");
    return { status: "ok", message: t("organisations.saved") };
  });
}

export async function deactivateOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, organisationIdSchema, formData, async ({ organisationId }) => {
    await setOrganisationActive(actor, organisationId, false);
    revalidatePath("/intern/organisationen", "layout");
    redirect(`/intern/organisationen/${organisationId}?status=deaktiviert`);
  });
}

export async function reactivateOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, organisationIdSchema, formData, async ({ organisationId }) => {
    await setOrganisationActive(actor, organisationId, true);
    revalidatePath("/intern/organisationen", "layout");
    // A redirect: the button this form had is gone from the page once the organisation is active.
    redirect(`/intern/organisationen/${organisationId}?status=reaktiviert`);
  });
}
