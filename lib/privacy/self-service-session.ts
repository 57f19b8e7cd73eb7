import "server-only";
import { cookies } from "next/headers";
import { isProduction, publicUrl } from "@/lib/config/env";
import { subjectForSessionToken, type SelfServiceSubject } from "./self-service-subject";
import { endSessionToken } from "./self-service-tokens";

/**
 * The cookie of a "Meine Daten" session: HttpOnly, SameSite=Lax, Secure in production (or whenever
 * the site is served over https). It holds the session token; the database holds its hash
 * (self_service_tokens, kind "session"). Its path is "/": "Meine Daten" lives at /meine-daten and
 * at /en/meine-daten, and the files it links to (the training record's PDF) have no English URL,
 * so a narrower path would lose the session on a change of language.
 */
function secureCookies(): boolean {
  return isProduction() || publicUrl().startsWith("https:");
}

/** With the "__Secure-" prefix where the cookie is Secure: browsers then refuse it over plain http. */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-meine-daten" : "meine-daten";
}

export function sessionCookieOptions(expires: Date) {
  return { httpOnly: true, secure: secureCookies(), sameSite: "lax" as const, path: "/", expires };
}

async function sessionToken(): Promise<string | null> {
  return (await cookies()).get(sessionCookieName())?.value ?? null;
}

/** The subject of this request's "Meine Daten" session, or null. */
export async function currentSelfService(): Promise<SelfServiceSubject | null> {
  const token = await sessionToken();
  return token ? subjectForSessionToken(token) : null;
}

/**
 * CONTRACT (implemented with /meine-daten, issue 13): the normalised e-mail address of the
 * current "Meine Daten" session (an HttpOnly cookie holding a session token whose hash is in
 * self_service_tokens, kind "session"), or null when there is none or it has expired.
 */
export async function selfServiceEmail(): Promise<string | null> {
  return (await currentSelfService())?.email ?? null;
}

/** Signs out: the session's row goes and the cookie is cleared (server actions only). */
export async function endSelfServiceSession(): Promise<void> {
  const token = await sessionToken();
  if (token) await endSessionToken(token);
  (await cookies()).set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}

/** Whether the browser sent a session cookie at all (to tell "expired" from "never opened"). */
export async function hasSessionCookie(): Promise<boolean> {
  return (await sessionToken()) !== null;
}
