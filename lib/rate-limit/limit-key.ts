import { createHmac } from "node:crypto";
import { derivedSecret } from "@/lib/config/auth-settings";

/**
 * The stored form of a limit's key ("signin:account:<address>", "registration:ip:<source>"): a
 * keyed hash of 43 characters, whatever the length of the address typed, and no address or
 * e-mail in clear text in the table. Keyed, so that a copy of the table does not tell whose it is.
 */
export function limitKey(key: string): string {
  return createHmac("sha256", derivedSecret("rate-limit-key")).update(key).digest("base64url");
}
