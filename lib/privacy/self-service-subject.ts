import "server-only";
import { emailForSessionToken } from "./self-service-tokens";

declare const subjectBrand: unique symbol;

/**
 * Whose data a "Meine Daten" function may touch: the address of a valid session, and nothing else.
 * Only `subjectForSessionToken` makes one, so every data-layer function that takes a subject is
 * bound to the address its caller proved by the mailed link.
 */
export type SelfServiceSubject = { readonly email: string; readonly [subjectBrand]: true };

/** The subject of a valid session token, or null (unknown, expired or ended). */
export async function subjectForSessionToken(token: string, now = new Date()): Promise<SelfServiceSubject | null> {
  const email = await emailForSessionToken(token, now);
  return email ? ({ email } as SelfServiceSubject) : null;
}
