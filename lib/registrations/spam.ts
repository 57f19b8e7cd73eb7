import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { and, count, eq, gte, like, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitCounters, registrations } from "@/db/schema";
import { appSecret, registrationSettings } from "@/lib/config/registration-settings";
import { writeTransaction } from "@/lib/db/write-transaction";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";

import { HONEYPOT_FIELD, STARTED_FIELD } from "./spam-fields";

export { HONEYPOT_FIELD, STARTED_FIELD };

function sign(value: string): string {
  return createHmac("sha256", appSecret()).update(value).digest("base64url").slice(0, 22);
}

/**
 * A signed timestamp for the form of one event (`scope`: its slug), so that a bot cannot claim it
 * waited, nor carry a token from one event's form to another's.
 */
export function formStartedToken(scope: string, now = Date.now()): string {
  return `${now}.${sign(`${scope}:${now}`)}`;
}

export type SpamVerdict = "ok" | "honeypot" | "too_fast" | "expired";

/** A form shown longer ago than this gets a fresh timestamp (and the person a calm message). */
const MAX_FORM_AGE_MS = 24 * 3600 * 1000;

/** Whether the honeypot field carries anything: people never see it, so only bots fill it. */
export function honeypotFilled(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** Honeypot and minimum fill time for the form of the event `scope`. No tracking, no third party. */
export function checkFormSpam(formData: FormData, scope: string, now = Date.now()): SpamVerdict {
  if (honeypotFilled(formData.get(HONEYPOT_FIELD))) return "honeypot";
  const started = String(formData.get(STARTED_FIELD) ?? "");
  const [time, signature] = started.split(".");
  const expected = sign(`${scope}:${time ?? ""}`);
  const valid = !!signature && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  if (!valid) return "too_fast";
  const age = now - Number(time);
  if (age > MAX_FORM_AGE_MS) return "expired";
  return age < registrationSettings().minFillSeconds * 1000 ? "too_fast" : "ok";
}

const USED_TOKEN_PREFIX = "form-token:";
const USED_TOKEN_WINDOW_SECONDS = (2 * MAX_FORM_AGE_MS) / 1000;

/**
 * Forgets markers of tokens that expired: a marker's window starts at most one window before its
 * token was issued, and the token is refused anyway a day after it was issued.
 */
async function pruneUsedFormTokens(now: number): Promise<void> {
  const cutoff = Math.floor(now / 1000) - USED_TOKEN_WINDOW_SECONDS - MAX_FORM_AGE_MS / 1000;
  await writeTransaction((tx) => tx.delete(rateLimitCounters).where(and(like(rateLimitCounters.key, `${USED_TOKEN_PREFIX}%`), lt(rateLimitCounters.windowStart, cutoff))));
}

/**
 * Accepts a form's timestamp for one registration only: a bot that waited once cannot post the
 * same token again and again. The marker is a hash of the token in the rate-limit table, counted in
 * the window of the token's own time (so a replay never lands in a fresh window while the token is
 * valid). Call it only when the registration is about to be stored, so that a person correcting
 * field errors keeps their token. If counting fails, the person is let through (see below).
 */
export async function acceptFormTokenOnce(formData: FormData, now = Date.now()): Promise<boolean> {
  const token = String(formData.get(STARTED_FIELD) ?? "");
  const issuedAt = Number(token.split(".")[0]);
  const key = `${USED_TOKEN_PREFIX}${createHash("sha256").update(token).digest("base64url").slice(0, 32)}`;
  try {
    await pruneUsedFormTokens(now);
    return (await hitRateLimit(key, 1, USED_TOKEN_WINDOW_SECONDS, Number.isFinite(issuedAt) ? issuedAt : now)).allowed;
  } catch (error) {
    console.error("form token could not be marked as used", error);
    return true;
  }
}

/** Registrations stored online for this address since `since` (attempts do not count). */
async function storedRegistrations(emailNormalized: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.emailNormalized, emailNormalized), eq(registrations.source, "online"), gte(registrations.createdAt, since)));
  return row.n;
}

/**
 * The limits of the forms and the API alike, counted in the database so they hold across server
 * processes: attempts per IP address, attempts per event and minute from one IP address, and
 * registrations actually stored per e-mail address. The last counts no attempts, so that somebody
 * else's refused tries with an address never lock its owner out of their first registration.
 * If counting itself fails (the database is busy beyond all retries), the person is let through:
 * a lost registration hurts more than one uncounted attempt.
 */
export async function checkRegistrationRateLimits({ ip, email, eventSlug }: { ip: string; email: string; eventSlug: string }, now = new Date()): Promise<boolean> {
  const s = registrationSettings();
  try {
    const byIp = await hitRateLimit(`registration:ip:${ip}`, s.rateLimitPerIp, s.rateLimitWindowSeconds, now.getTime());
    if (!byIp.allowed) return false;
    const byEvent = await hitRateLimit(`registration:event:${eventSlug}:ip:${ip}`, s.rateLimitPerEventPerMinute, 60, now.getTime());
    if (!byEvent.allowed) return false;
    if (s.rateLimitPerEmail <= 0) return true;
    const since = new Date(now.getTime() - s.rateLimitWindowSeconds * 1000);
    return (await storedRegistrations(email.trim().toLowerCase(), since)) < s.rateLimitPerEmail;
  } catch (error) {
    console.error("rate limit could not be counted", error);
    return true;
  }
}
