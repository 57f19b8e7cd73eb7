import { settings } from "@/lib/config/env";
import { FAILURE_MEMORY_MS } from "@/lib/rate-limit/prune";

/**
 * The periods the privacy notice (/datenschutz) states, taken from the same settings and constants
 * the code acts on, so that the page cannot promise one period while the system keeps another.
 */

/**
 * Sent mails stay in the outbox this long (what was sent when, to whom), then the retention job
 * removes them. MERGE NOTE: lib/privacy/retention.ts (issue 13) prunes by this value; keep one
 * definition (import it there, or move it there and import it here).
 */
export const OUTBOX_RETENTION_DAYS = 90;

/** How long the link mailed by "Meine Daten" works (the link flow of /meine-daten, issue 13). */
export const SELF_SERVICE_LINK_MINUTES = 60;


export type PrivacyNoticeFacts = {
  retentionMonths: number;
  outboxDays: number;
  linkMinutes: number;
  /** The longest window of a form's rate limit, in minutes: counters are gone after it. */
  rateLimitMinutes: number;
  /** Failed sign-ins of an address are forgotten this long after the last one. */
  failureDelayHours: number;
};

export function privacyNoticeFacts(): PrivacyNoticeFacts {
  const s = settings();
  return {
    retentionMonths: s.RETENTION_MONTHS,
    outboxDays: OUTBOX_RETENTION_DAYS,
    linkMinutes: SELF_SERVICE_LINK_MINUTES,
    rateLimitMinutes: Math.ceil(Math.max(s.REGISTRATION_RATE_LIMIT_WINDOW_SECONDS, s.SIGNIN_RATE_LIMIT_WINDOW_SECONDS, 60) / 60),
    failureDelayHours: Math.round(FAILURE_MEMORY_MS / 3_600_000),
  };
}
