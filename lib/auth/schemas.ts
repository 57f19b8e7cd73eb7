import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import type { KeysUnder, Texts } from "@/lib/i18n/texts";
import { emailAddress } from "@/lib/forms/zod-fields";
import { PASSWORD_MIN_LENGTH } from "./password-rules";

/** The error texts: keys of "intern" (German only, the signed-in area). */
export type AuthErrorTexts = Texts<KeysUnder<"signIn", Messages["intern"]["signIn"]> | KeysUnder<"setPassword", Messages["intern"]["setPassword"]>>;

/**
 * The sign-in and password forms' schemas (browser and server). They take their texts as a
 * parameter (useTranslations("intern") in the browser, lib/auth/schemas-server.ts on the server)
 * so that the browser bundle does not carry the catalogue.
 */
export function authSchemas(t: AuthErrorTexts) {
  return {
    /** Sign-in form. */
    signInSchema: z.object({
      email: emailAddress(t("signIn.emailRequired")),
      password: z.string().min(1, t("signIn.passwordRequired")).max(200, t("signIn.invalid")),
    }),
    /** "Forgot password" form. */
    forgotPasswordSchema: z.object({ email: emailAddress(t("signIn.emailRequired")) }),
    /** Setting a password through an invitation or reset link. */
    setPasswordSchema: z
      .object({
        password: z.string().min(PASSWORD_MIN_LENGTH, t("setPassword.tooShort")).max(200, t("setPassword.tooLong")),
        confirm: z.string(),
      })
      .refine((v) => v.password === v.confirm, { path: ["confirm"], message: t("setPassword.mismatch") }),
  };
}
