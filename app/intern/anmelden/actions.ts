"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { AuthError } from "next-auth";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/accounts/password-commands";
import { signIn, signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/session";
import { endSessions } from "@/lib/auth/sign-out";
import { translator } from "@/lib/i18n/translator";
import { waitingTime } from "@/lib/i18n/waiting-time";
import { forgotPasswordSchema, setPasswordSchema, signInSchema } from "@/lib/auth/schemas-server";
import { checkSignIn } from "@/lib/auth/sign-in";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { safeReturnPath } from "@/lib/http/safe-return-path";

const t = translator("de", "intern");

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const values = { email: raw.email, weiter: raw.weiter };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  const result = await checkSignIn(parsed.data.email, parsed.data.password, clientIp(await headers()));
  if (!result.ok) {
    const message = result.reason === "throttled" ? t("signIn.throttled", { wait: waitingTime(result.retryAfterSeconds) }) : t("signIn.invalid");
    return { status: "error", message, values };
  }
  try {
    // Throws Next.js's redirect on success, which must pass through.
    await signIn("credentials", { ticket: result.ticket, redirectTo: safeReturnPath(raw.weiter) });
  } catch (error) {
    // The account was deactivated between the password check and the session: a calm answer.
    if (error instanceof AuthError) return { status: "error", message: t("signIn.invalid"), values };
    throw error;
  }
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  const actor = await currentActor();
  if (actor) await endSessions(actor);
  await signOut({ redirectTo: "/intern/anmelden?abgemeldet=1" });
}

export async function requestResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: { email: raw.email } };
  const ip = clientIp(await headers());
  // After the answer: the page answers as fast for an unknown address as for a known one.
  after(() => requestPasswordReset(parsed.data.email, ip));
  return { status: "ok", message: t("forgot.sent"), values: { email: raw.email } };
}

export async function setPasswordAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordSchema.safeParse(formDataToObject(formData));
  // Passwords are never sent back into the page.
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: {} };
  // (A new password also lifts the sign-in delay of the address: setPasswordWithToken.)
  const result = await setPasswordWithToken(String(token), parsed.data.password);
  if (result === "invalid") return { status: "error", message: t("setPassword.invalidText"), values: {} };
  redirect("/intern/anmelden?passwort=1");
}
