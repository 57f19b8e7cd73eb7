import { createHmac } from "node:crypto";
import { derivedSecret, trustedProxyHops } from "@/lib/config/auth-settings";
import { limitAddress } from "./ip-address";

/** The source key of every request when the client's address cannot be known (no trusted proxy). */
export const UNKNOWN_SOURCE = "direct";

/**
 * The client's address as the trusted proxies saw it, normalised for limits (see limitAddress), or
 * null when it cannot be known.
 *
 * Next.js gives route handlers and server actions no peer address: it only fills X-Forwarded-For
 * from the socket when the client sent none, so with the app reached directly any client can
 * write its own address there. Therefore no forwarding header is believed by default. Behind
 * TRUSTED_PROXY_HOPS reverse proxies, each of which appends the address it saw, the entry that
 * many places from the right is the client's: everything left of it may be forged, everything
 * right of it was written by our proxies. An entry that is not an IP address is not believed.
 */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string | null {
  if (hops <= 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((e) => e.trim());
  if (entries.length < hops || entries[entries.length - hops] === "") return null;
  return limitAddress(entries[entries.length - hops]);
}

/**
 * The key under which per-IP limits count this request: a keyed hash of the client's address
 * (no address is stored in clear text), or UNKNOWN_SOURCE for every request when the address
 * cannot be known. Deployments behind a proxy must set TRUSTED_PROXY_HOPS (README, .env.example).
 */
export function clientIp(headers: Headers): string {
  const address = clientAddress(headers);
  if (!address) return UNKNOWN_SOURCE;
  return `ip-${createHmac("sha256", derivedSecret("client-ip")).update(address).digest("base64url").slice(0, 22)}`;
}
