import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { emailAddress } from "@/lib/forms/zod-fields";
import { PASSWORD_MIN_LENGTH } from "./password-rules";

// German only (the signed-in area); shared with the browser forms.
const t = translator("de", "intern");

/** Sign-in form (browser and server). */
export const signInSchema = z.object({
  email: emailAddress(t("signIn.emailRequired")),
  password: z.string().min(1, t("signIn.passwordRequired")).max(200, t("signIn.invalid")),
});

/** "Forgot password" form. */
export const forgotPasswordSchema = z.object({ email: emailAddress(t("signIn.emailRequired")) });

/** Setting a password through an invitation or reset link. */
export const setPasswordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, t("setPassword.tooShort")).max(200, t("setPassword.tooLong")),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: t("setPassword.mismatch") });
