import { isProduction, settings } from "./env";

/** Registration settings (see .env.example), from the settings read once at start-up (./env.ts). */
export function registrationSettings() {
  const s = settings();
  return {
    /** Registrations per IP address and window (0 switches the limit off). */
    rateLimitPerIp: s.REGISTRATION_RATE_LIMIT_PER_IP,
    /** Registrations per e-mail address and window (0 switches the limit off). */
    rateLimitPerEmail: s.REGISTRATION_RATE_LIMIT_PER_EMAIL,
    rateLimitWindowSeconds: s.REGISTRATION_RATE_LIMIT_WINDOW_SECONDS,
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
