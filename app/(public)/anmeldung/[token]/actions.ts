"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { cancelRegistrationByToken, updateRegistrationByToken } from "@/lib/registrations/commands";
import { getRegistrationByToken } from "@/lib/registrations/queries";
import { registrationFieldsSchema, registrationFormDataToInput } from "@/lib/registrations/schemas";
import { fieldErrors } from "@/lib/forms/form-state";

export type ManageFormState = { status: "idle" | "saved" | "error"; errors?: Record<string, string>; values?: Record<string, unknown>; message?: string };

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Cancels after the confirmation step; the page then shows the cancelled state. */
export async function cancelAction(token: string) {
  const parsed = tokenSchema.safeParse(token);
  if (parsed.success) await cancelRegistrationByToken(parsed.data);
  // The manage page was seen before: drop the client's cached copy so the new state shows.
  revalidatePath(`/anmeldung/${token}`);
  redirect({ href: `/anmeldung/${token}?abgesagt=1`, locale: (await getLocale()) as Locale });
}

/** Saves a new phone number and answers, validated with the same schema as the registration. */
export async function updateAction(token: string, _previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const t = await getTranslations("registration");
  const current = tokenSchema.safeParse(token).success ? await getRegistrationByToken(token) : null;
  if (!current) return { status: "error", message: t("manage.invalidTitle") };
  const input = registrationFormDataToInput(formData, current.questions);
  // Only phone and answers can change here; the rest comes from the stored registration.
  const schema = registrationFieldsSchema(current.questions, (key, values) => t(`errors.${key}`, values)).pick({ phone: true, answers: true });
  const parsed = schema.safeParse({ phone: input.phone, answers: input.answers });
  if (!parsed.success) {
    return { status: "error", message: t("errors.summary"), errors: fieldErrors(parsed.error), values: { phone: input.phone, answers: input.answers } };
  }
  const result = await updateRegistrationByToken(token, { phone: parsed.data.phone, answers: parsed.data.answers as Record<string, string | string[]> });
  if (result !== "updated") return { status: "error", message: t("errors.unexpected") };
  revalidatePath(`/anmeldung/${token}`);
  return { status: "saved", message: t("manage.saved"), values: { phone: parsed.data.phone, answers: parsed.data.answers } };
}
