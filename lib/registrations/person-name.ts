import { z } from "zod";

/**
 * The rule for a person's first and last name, shared by the registration form, the application
 * form and the office's phone registration. Names go into the greeting of mails to any address, so
 * they may hold letters of any script (with their combining marks), spaces and . , ' ’ - ( ) and
 * nothing that makes a link, a line break or a control character ("Guten Tag Bitte klicken:
 * http://evil.example/login" is refused at the colon and slashes; "evil.example" at the dot
 * between letters: after a dot in a name comes a space, as in "Dr. Müller").
 */
const allowedCharacters = /^[\p{L}\p{M} .,'’()-]*$/u;
const hasLetter = /\p{L}/u;
const domainLike = /\p{L}\.\p{L}{2}/u;

export const PERSON_NAME_MAX = 100;

/** Whether `name` (trimmed) keeps to the rule; also what a mail's greeting checks before naming anyone. */
export function isPersonName(name: string): boolean {
  return name.length <= PERSON_NAME_MAX && allowedCharacters.test(name) && hasLetter.test(name) && !domainLike.test(name);
}

/** A required name field: trimmed, at most 100 characters, only the characters above. */
export function personNameField(messages: { required: string; tooLong: string; characters: string }) {
  return z
    .string()
    .trim()
    .min(1, messages.required)
    .max(PERSON_NAME_MAX, messages.tooLong)
    .refine((v) => v === "" || isPersonName(v), messages.characters);
}
