import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret, registrationSettings } from "@/lib/config/registration-settings";
import { hitRateLimit } from "@/lib/rate-limit/rate-limit";

/**
 * Name of the honeypot field: invisible to people, tempting to bots. Deliberately no name that
 * browsers or password managers autofill (such as "website"), so real people never trip it.
 */
export const HONEYPOT_FIELD = "zusatzangabe_leer";
export const STARTED_FIELD = "formStartedAt";

function sign(value: string): string {
  return createHmac("sha256", appSecret()).update(value).digest("base64url").slice(0, 22);
}

/** A signed timestamp for the form, so that a bot cannot claim it waited. */
export function formStartedToken(now = Date.now()): string {
  return `${now}.${sign(String(now))}`;
}

export type SpamVerdict = "ok" | "honeypot" | "too_fast" | "expired";

/** A form shown longer ago than this gets a fresh timestamp (and the person a calm message). */
const MAX_FORM_AGE_MS = 24 * 3600 * 1000;

/** Honeypot and minimum fill time. No tracking, no third party. */
export function checkFormSpam(formData: FormData, now = Date.now()): SpamVerdict {
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return "honeypot";
  const started = String(formData.get(STARTED_FIELD) ?? "");
  const [time, signature] = started.split(".");
  const expected = sign(time ?? "");
  const valid = !!signature && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  if (!valid) return "too_fast";
  const age = now - Number(time);
  if (age > MAX_FORM_AGE_MS) return "expired";
  return age < registrationSettings().minFillSeconds * 1000 ? "too_fast" : "ok";
}

/**
 * Per-IP and per-address limits, counted in the database so they hold across server processes.
 * If counting itself fails (the database is busy beyond all retries), the person is let through:
 * a lost registration hurts more than one uncounted attempt.
 */
export async function checkRegistrationRateLimits(ip: string, email: string): Promise<boolean> {
  const s = registrationSettings();
  try {
    const byIp = await hitRateLimit(`registration:ip:${ip}`, s.rateLimitPerIp, s.rateLimitWindowSeconds);
    if (!byIp.allowed) return false;
    const byEmail = await hitRateLimit(`registration:email:${email.trim().toLowerCase()}`, s.rateLimitPerEmail, s.rateLimitWindowSeconds);
    return byEmail.allowed;
  } catch (error) {
    console.error("rate limit could not be counted", error);
    return true;
  }
}
