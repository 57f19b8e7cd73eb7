import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedSecret } from "@/lib/config/auth-settings";

/**
 * A short-lived, signed proof that lib/auth/sign-in.ts has checked a password (and the throttle).
 * Auth.js's credentials provider accepts only this ticket, never a password: so every way into a
 * session goes through our checks, also a request sent straight to Auth.js.
 */
const LIFETIME_MS = 60_000;

function sign(payload: string): string {
  return createHmac("sha256", derivedSecret("sign-in-ticket")).update(payload).digest("base64url");
}

export function issueSignInTicket(accountId: number, sessionVersion: number, now = Date.now()): string {
  const payload = `${accountId}.${sessionVersion}.${now + LIFETIME_MS}`;
  return `${payload}.${sign(payload)}`;
}

/** The account and session version a valid ticket names, or null. */
export function readSignInTicket(ticket: string, now = Date.now()): { accountId: number; sessionVersion: number } | null {
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [id, version, expires, signature] = parts;
  const expected = Buffer.from(sign(`${id}.${version}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(expires) < now) return null;
  const accountId = Number(id);
  const sessionVersion = Number(version);
  return Number.isInteger(accountId) && Number.isInteger(sessionVersion) ? { accountId, sessionVersion } : null;
}
