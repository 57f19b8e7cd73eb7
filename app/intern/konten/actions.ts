"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { assignableRoles, changeAccountRole, inviteAccount, resendInvitation, setAccountActive } from "@/lib/accounts/account-commands";
import { accountIdSchema, changeRoleSchema, inviteSchema } from "@/lib/accounts/account-schemas-server";
import { requireActor } from "@/lib/auth/session";
import { invitableOrganisations } from "@/lib/organisations/organisation-queries";
import { translator } from "@/lib/i18n/translator";
import type { FormState } from "@/lib/forms/form-state";
import { runOfficeForm } from "@/components/intern/office/office-action";

const t = translator("de", "internOffice");

export async function inviteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, inviteSchema, formData, async (data): Promise<FormState> => {
    // The form offers every role the actor may give somewhere; say next to the field when this
    // organisation does not have it (the data layer refuses it anyway).
    const organisation = (await invitableOrganisations(actor)).find((o) => o.id === data.organisationId);
    if (organisation && !assignableRoles(actor, organisation).includes(data.role)) return { status: "error", errors: { role: t("accounts.errors.roleNotAllowed") } };
    const result = await inviteAccount(actor, data);
    if (result.kind === "exists") return { status: "error", errors: { email: t("accounts.exists") } };
    revalidatePath("/intern/konten");
    // A fresh, empty form for the next invitation.
    return { status: "ok", message: t("accounts.invited", { email: data.email }), values: { organisationId: String(data.organisationId), role: data.role } };
  });
}

export async function changeAccountRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, changeRoleSchema, formData, async (data) => {
    await changeAccountRole(actor, data.accountId, data.role);
    revalidatePath("/intern/konten", "layout");
    return { status: "ok", message: t("accounts.roleChanged") };
  });
}

export async function deactivateAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, accountIdSchema, formData, async (data) => {
    await setAccountActive(actor, data.accountId, false);
    revalidatePath("/intern/konten", "layout");
    redirect(`/intern/konten/${data.accountId}?status=deaktiviert`);
  });
}

export async function reactivateAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, accountIdSchema, formData, async (data) => {
    await setAccountActive(actor, data.accountId, true);
    revalidatePath("/intern/konten", "layout");
    // A redirect: the button this form had is gone from the page once the account is active.
    redirect(`/intern/konten/${data.accountId}?status=reaktiviert`);
  });
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runOfficeForm(actor, accountIdSchema, formData, async (data) => {
    await resendInvitation(actor, data.accountId);
    return { status: "ok", message: t("accounts.resent") };
  });
}
