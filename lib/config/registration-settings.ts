import { isProduction, settings } from "./env";

/** Registration settings (see .env.example), from the settings read once at start-up (./env.ts). */
export function registrationSettings() {
  const s = settings();
  return {
    /** Registrations per IP address and window (0 switches the limit off). */
    rateLimitPerIp: s.REGISTRATION_RATE_LIMIT_PER_IP,
    /**
     * Successful registrations per e-mail address and window (0 switches the limit off). Only
     * registrations that were stored count, never attempts: somebody else's refused attempts with
     * an address must not lock its owner out.
     */
    rateLimitPerEmail: s.REGISTRATION_RATE_LIMIT_PER_EMAIL,
    rateLimitWindowSeconds: s.REGISTRATION_RATE_LIMIT_WINDOW_SECONDS,
    /** New registrations for one event per minute from one source (IP); 0 switches the limit off. */
    rateLimitPerEventPerMinute: s.REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE,
    /** A form sent sooner than this after it was shown is most likely a bot. */
    minFillSeconds: s.REGISTRATION_MIN_FILL_SECONDS,
  };
}

/** Secret for signing form timestamps; must be set in production. */
export function appSecret(): string {
  const { APP_SECRET, ALLOW_DEV_SECRET } = settings();
  if (APP_SECRET) return APP_SECRET;
  if (isProduction() && !ALLOW_DEV_SECRET) {
    throw new Error("APP_SECRET ist nicht gesetzt (siehe .env.example).");
  }
  return "dev-secret-nur-fuer-entwicklung";
}
