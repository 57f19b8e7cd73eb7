"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import messages from "@/messages/de/intern.json";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/accounts/password-commands";
import { signIn, signOut } from "@/lib/auth/auth";
import { forgotPasswordSchema, setPasswordSchema, signInSchema } from "@/lib/auth/schemas";
import { checkSignIn } from "@/lib/auth/sign-in";
import { fieldErrors, formDataToObject, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";

const m = messages;

/** Where to go after signing in: only a path inside /intern, never another site. */
function safeReturnPath(value: unknown): string {
  const path = typeof value === "string" ? value : "";
  return /^\/intern(\/[^\s\\]*)?$/.test(path) && !path.startsWith("//") ? path : "/intern";
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const values = { email: raw.email, weiter: raw.weiter };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values };
  const result = await checkSignIn(parsed.data.email, parsed.data.password, clientIp(await headers()));
  if (!result.ok) return { status: "error", message: result.reason === "throttled" ? m.signIn.throttled : m.signIn.invalid, values };
  // Throws Next.js's redirect on success: must not be caught.
  await signIn("credentials", { ticket: result.ticket, redirectTo: safeReturnPath(raw.weiter) });
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/intern/anmelden?abgemeldet=1" });
}

export async function requestResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: { email: raw.email } };
  await requestPasswordReset(parsed.data.email, clientIp(await headers()));
  return { status: "ok", message: m.forgot.sent, values: { email: raw.email } };
}

export async function setPasswordAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setPasswordSchema.safeParse(formDataToObject(formData));
  // Passwords are never sent back into the page.
  if (!parsed.success) return { status: "error", errors: fieldErrors(parsed.error), values: {} };
  const result = await setPasswordWithToken(String(token), parsed.data.password);
  if (result === "invalid") return { status: "error", message: m.setPassword.invalidText, values: {} };
  redirect("/intern/anmelden?passwort=1");
}
