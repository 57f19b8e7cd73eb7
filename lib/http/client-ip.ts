import { settings } from "@/lib/config/env";

/**
 * The client's address. Behind TRUSTED_PROXY_HOPS reverse proxies, each of which appends the address
 * it saw to X-Forwarded-For, the entry that many places from the end is the client's and cannot be
 * forged. With 0 (the app answering directly), Next.js fills the header from the socket only when a
 * client did not send one, so a client could choose its own address: run behind a proxy in production.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const hops = settings().TRUSTED_PROXY_HOPS;
  if (entries.length === 0) return headers.get("x-real-ip") ?? "unknown";
  if (hops > 0) return entries[Math.max(0, entries.length - hops)];
  return entries[0];
}
