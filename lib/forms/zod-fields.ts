import { z } from "zod";

/**
 * Building blocks for form schemas that run both in the browser (react-hook-form values) and on
 * the server (posted form data, where everything is a string and an unticked box is missing).
 */

/** A checkbox: ticked is true, "on" or "true". */
export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Text that must be given (trimmed), with a German message. */
export const requiredText = (message: string, max = 500, tooLong = `Bitte höchstens ${max} Zeichen.`) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, message).max(max, tooLong));

/** Text that may be empty; empty becomes null. */
export const optionalText = (max = 2000, tooLong = `Bitte höchstens ${max} Zeichen.`) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), z.string().max(max, tooLong).nullable());

/** A whole number typed into a field (posted as text). */
export const wholeNumber = (message: string, min = 0, max = 100000) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? NaN : Number(v)) : v), z.number({ error: message }).int(message).min(min, message).max(max, message));

/** An e-mail address, lower-cased. */
export const emailAddress = (message = "Bitte geben Sie eine gültige E-Mail-Adresse an.") =>
  z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""), z.email(message).max(254, message));

/** An id chosen from a list (posted as text). */
export const idField = (message: string) => wholeNumber(message, 1, Number.MAX_SAFE_INTEGER);
