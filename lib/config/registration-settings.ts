import { intSetting } from "./int-setting";

/** Registration settings from the environment (see .env.example); read per call so tests can set them. */
export function registrationSettings() {
  return {
    /** Registrations per IP address and window (0 switches the limit off). */
    rateLimitPerIp: intSetting("REGISTRATION_RATE_LIMIT_PER_IP", 20),
    /**
     * Successful registrations per e-mail address and window (0 switches the limit off). Only
     * registrations that were stored count, never attempts: somebody else's refused attempts with
     * an address must not lock its owner out.
     */
    rateLimitPerEmail: intSetting("REGISTRATION_RATE_LIMIT_PER_EMAIL", 5),
    rateLimitWindowSeconds: Math.max(1, intSetting("REGISTRATION_RATE_LIMIT_WINDOW_SECONDS", 600)),
    /** New registrations for one event per minute from one source (IP); 0 switches the limit off. */
    rateLimitPerEventPerMinute: intSetting("REGISTRATION_RATE_LIMIT_PER_EVENT_PER_MINUTE", 5),
    /** A form sent sooner than this after it was shown is most likely a bot. */
    minFillSeconds: intSetting("REGISTRATION_MIN_FILL_SECONDS", 3),
  };
}

/** Secret for signing form timestamps; must be set in production. */
export function appSecret(): string {
  const secret = process.env.APP_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && process.env.ALLOW_DEV_SECRET !== "1") {
    throw new Error("APP_SECRET ist nicht gesetzt (siehe .env.example).");
  }
  return "dev-secret-nur-fuer-entwicklung";
}
