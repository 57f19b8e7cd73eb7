import { createHmac } from "node:crypto";
import { appSecret } from "./registration-settings";
import { settings } from "./env";

/** Sign-in settings (see .env.example), from the settings read once at start-up (./env.ts). */
export function signInSettings() {
  const s = settings();
  return {
    /**
     * Failed sign-ins per e-mail address before each further try must wait: 1, 2, 4, … seconds
     * after the last failure, up to maxDelaySeconds (0: no delay). A delay, never a lock: the owner
     * gets in once it has passed, and the reset link lifts it at once.
     */
    failuresPerAccount: s.SIGNIN_RATE_LIMIT_PER_ACCOUNT,
    /** The longest delay between two tries for one address, in seconds. */
    maxDelaySeconds: s.SIGNIN_RATE_LIMIT_MAX_DELAY_SECONDS,
    /** Failed sign-ins per source address and window; past it, that source is refused (0: off). */
    failuresPerIp: s.SIGNIN_RATE_LIMIT_PER_IP,
    windowSeconds: s.SIGNIN_RATE_LIMIT_WINDOW_SECONDS,
    /** Reset mails per address and window of SIGNIN_RATE_LIMIT_WINDOW_SECONDS (0: off). */
    resetsPerAccount: s.PASSWORD_RESET_RATE_LIMIT_PER_ACCOUNT,
    /** Reset requests per source address and window (0: off; only with TRUSTED_PROXY_HOPS). */
    resetsPerIp: s.PASSWORD_RESET_RATE_LIMIT_PER_IP,
    /** How long a session lasts without signing in again. */
    sessionHours: s.SESSION_HOURS,
  };
}

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the app is
 * reached directly and no forwarding header is believed). See lib/http/client-ip.ts.
 */
export function trustedProxyHops(): number {
  return settings().TRUSTED_PROXY_HOPS;
}

/** A key for one purpose, derived from APP_SECRET, so that one secret serves several uses safely. */
export function derivedSecret(purpose: string): string {
  return createHmac("sha256", appSecret()).update(`ehrenamt:${purpose}`).digest("base64url");
}
