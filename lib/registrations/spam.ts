import "server-only";
import { timingSafeEqual } from "node:crypto";
import { and, count, eq, gte } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitCounters, registrations } from "@/db/schema";
import { registrationSettings } from "@/lib/config/registration-settings";
import { formStartedToken, signFormTime } from "./form-started-token";
import { writeTransaction } from "@/lib/db/write-transaction";
import { UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { limitKey } from "@/lib/rate-limit/limit-key";
import { pruneRateLimitsNowAndThen } from "@/lib/rate-limit/prune";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";

import { HONEYPOT_FIELD, STARTED_FIELD } from "./spam-fields";
import { errorFields, logger } from "@/lib/ops/logger";

export { HONEYPOT_FIELD, STARTED_FIELD, formStartedToken };


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
  const expected = signFormTime(scope, time ?? "");
  const valid = !!signature && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  if (!valid) return "too_fast";
  const age = now - Number(time);
  if (age > MAX_FORM_AGE_MS) return "expired";
  return age < registrationSettings().minFillSeconds * 1000 ? "too_fast" : "ok";
}

const USED_TOKEN_PREFIX = "form-token:";

/**
 * Accepts a form's timestamp token once: a bot cannot register a crowd of people by sending the
 * same token again and again. The marker is a row in the rate-limit table under a keyed hash of the
 * token that expires when the token itself does (a day after it was issued), so the shared pruning
 * (lib/rate-limit/prune.ts) forgets it only once a replay is refused as expired anyway. Call it only
 * when the registration is about to be stored, so that a person correcting field errors keeps their
 * token. If the database cannot be written, the person is let through (see below).
 */
export async function acceptFormTokenOnce(formData: FormData, now = Date.now()): Promise<boolean> {
  const token = String(formData.get(STARTED_FIELD) ?? "");
  const issuedAt = Number(token.split(".")[0]);
  const issuedSeconds = Math.floor((Number.isFinite(issuedAt) ? issuedAt : now) / 1000);
  try {
    const inserted = await writeTransaction((tx) =>
      tx
        .insert(rateLimitCounters)
        .values({ key: limitKey(`${USED_TOKEN_PREFIX}${token}`), windowStart: issuedSeconds, count: 1, expiresAt: issuedSeconds + MAX_FORM_AGE_MS / 1000 + 60 })
        .onConflictDoNothing()
        .returning({ key: rateLimitCounters.key }),
    );
    await pruneRateLimitsNowAndThen(now);
    return inserted.length === 1;
  } catch (error) {
    logger.error({ event: "form_token.failed", error: errorFields(error) }, "form token could not be marked as used");
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
    // Without TRUSTED_PROXY_HOPS every request has the same unknown source: a limit per source
    // would then be one limit for everybody, which anyone could use up for everyone else.
    if (ip !== UNKNOWN_SOURCE) {
      const byIp = await hitRateLimit(`registration:ip:${ip}`, s.rateLimitPerIp, s.rateLimitWindowSeconds, now.getTime());
      if (!byIp.allowed) return false;
      const byEvent = await hitRateLimit(`registration:event:${eventSlug}:ip:${ip}`, s.rateLimitPerEventPerMinute, 60, now.getTime());
      if (!byEvent.allowed) return false;
    }
    if (s.rateLimitPerEmail <= 0) return true;
    const since = new Date(now.getTime() - s.rateLimitWindowSeconds * 1000);
    return (await storedRegistrations(email.trim().toLowerCase(), since)) < s.rateLimitPerEmail;
  } catch (error) {
    logger.error({ event: "rate_limit.failed", limit: "registration", error: errorFields(error) }, "rate limit could not be counted");
    return true;
  }
}
