import { createHmac } from "node:crypto";
import { appSecret } from "./registration-settings";
import { settings } from "./env";

/** Sign-in settings (see .env.example), from the settings read once at start-up (./env.ts). */
export function signInSettings() {
  const s = settings();
  return {
    /** Failed sign-ins per e-mail address and window before further tries are refused (0: off). */
    failuresPerAccount: s.SIGNIN_RATE_LIMIT_PER_ACCOUNT,
    /** Failed sign-ins per IP address and window (0: off). */
    failuresPerIp: s.SIGNIN_RATE_LIMIT_PER_IP,
    windowSeconds: s.SIGNIN_RATE_LIMIT_WINDOW_SECONDS,
    /** How long a session lasts without signing in again. */
    sessionHours: s.SESSION_HOURS,
  };
}

/** A key for one purpose, derived from APP_SECRET, so that one secret serves several uses safely. */
export function derivedSecret(purpose: string): string {
  return createHmac("sha256", appSecret()).update(`ehrenamt:${purpose}`).digest("base64url");
}
