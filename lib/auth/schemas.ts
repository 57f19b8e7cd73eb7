import { z } from "zod";
import messages from "@/messages/de/intern.json";
import { emailAddress } from "@/lib/forms/zod-fields";
import { PASSWORD_MIN_LENGTH } from "./password-rules";

const m = messages;

/** Sign-in form (browser and server). */
export const signInSchema = z.object({
  email: emailAddress(m.signIn.emailRequired),
  password: z.string().min(1, m.signIn.passwordRequired).max(200, m.signIn.invalid),
});

/** "Forgot password" form. */
export const forgotPasswordSchema = z.object({ email: emailAddress(m.signIn.emailRequired) });

/** Setting a password through an invitation or reset link. */
export const setPasswordSchema = z
  .object({
    password: z.string().min(PASSWORD_MIN_LENGTH, m.setPassword.tooShort).max(200, m.setPassword.tooLong),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: m.setPassword.mismatch });
