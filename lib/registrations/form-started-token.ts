import { createHmac } from "node:crypto";
import { appSecret } from "@/lib/config/registration-settings";

/** The signature of one form's timestamp; also used by the proxy (page cache), so no database here. */
export function signFormTime(scope: string, time: string | number): string {
  return createHmac("sha256", appSecret()).update(`${scope}:${time}`).digest("base64url").slice(0, 22);
}

/**
 * A signed timestamp for the form of one event (`scope`: its slug), so that a bot cannot claim it
 * waited, nor carry a token from one event's form to another's. spam.ts checks it.
 */
export function formStartedToken(scope: string, now = Date.now()): string {
  return `${now}.${signFormTime(scope, now)}`;
}
