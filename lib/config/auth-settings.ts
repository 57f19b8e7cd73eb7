import { createHmac } from "node:crypto";
import { appSecret } from "./registration-settings";
import { intSetting } from "./int-setting";

/** Sign-in settings from the environment (see .env.example); read per call so tests can set them. */
export function signInSettings() {
  return {
    /**
     * Failed sign-ins per e-mail address before each further try must wait: 1, 2, 4, … seconds
     * after the last failure, up to maxDelaySeconds (0: no delay). A delay, never a lock: the owner
     * gets in once it has passed, and the reset link lifts it at once.
     */
    failuresPerAccount: intSetting("SIGNIN_RATE_LIMIT_PER_ACCOUNT", 3),
    /** The longest delay between two tries for one address, in seconds. */
    maxDelaySeconds: Math.max(1, intSetting("SIGNIN_RATE_LIMIT_MAX_DELAY_SECONDS", 900)),
    /** Failed sign-ins per source address and window; past it, that source is refused (0: off). */
    failuresPerIp: intSetting("SIGNIN_RATE_LIMIT_PER_IP", 30),
    windowSeconds: Math.max(1, intSetting("SIGNIN_RATE_LIMIT_WINDOW_SECONDS", 900)),
    /** Reset mails per address and window of SIGNIN_RATE_LIMIT_WINDOW_SECONDS (0: off). */
    resetsPerAccount: intSetting("PASSWORD_RESET_RATE_LIMIT_PER_ACCOUNT", 3),
    /** Reset requests per source address and window (0: off; only with TRUSTED_PROXY_HOPS). */
    resetsPerIp: intSetting("PASSWORD_RESET_RATE_LIMIT_PER_IP", 20),
    /** How long a session lasts without signing in again. */
    sessionHours: Math.max(1, intSetting("SESSION_HOURS", 10)),
  };
}

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the app is
 * reached directly and no forwarding header is believed). See lib/http/client-ip.ts.
 */
export function trustedProxyHops(): number {
  return intSetting("TRUSTED_PROXY_HOPS", 0);
}

/** A key for one purpose, derived from APP_SECRET, so that one secret serves several uses safely. */
export function derivedSecret(purpose: string): string {
  return createHmac("sha256", appSecret()).update(`ehrenamt:${purpose}`).digest("base64url");
}
