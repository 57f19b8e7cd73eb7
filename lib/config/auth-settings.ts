import { createHmac } from "node:crypto";
import { appSecret } from "./registration-settings";
import { intSetting } from "./int-setting";

/** Sign-in settings from the environment (see .env.example); read per call so tests can set them. */
export function signInSettings() {
  return {
    /** Failed sign-ins per e-mail address and window before further tries are refused (0: off). */
    failuresPerAccount: intSetting("SIGNIN_RATE_LIMIT_PER_ACCOUNT", 5),
    /** Failed sign-ins per IP address and window (0: off). */
    failuresPerIp: intSetting("SIGNIN_RATE_LIMIT_PER_IP", 30),
    windowSeconds: Math.max(1, intSetting("SIGNIN_RATE_LIMIT_WINDOW_SECONDS", 900)),
    /** How long a session lasts without signing in again. */
    sessionHours: Math.max(1, intSetting("SESSION_HOURS", 10)),
  };
}

/** A key for one purpose, derived from APP_SECRET, so that one secret serves several uses safely. */
export function derivedSecret(purpose: string): string {
  return createHmac("sha256", appSecret()).update(`ehrenamt:${purpose}`).digest("base64url");
}
