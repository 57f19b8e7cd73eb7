import { afterEach, describe, expect, it } from "vitest";
import { clientIp, UNKNOWN_SOURCE } from "@/lib/http/client-ip";
import { limitAddress } from "@/lib/http/ip-address";
import { reloadSettingsForTests } from "@/lib/config/env";

const withXff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

afterEach(() => {
  reloadSettingsForTests({ TRUSTED_PROXY_HOPS: undefined });
});

describe("the source key of per-IP limits", () => {
  it("by default believes no forwarding header: a forged X-Forwarded-For does not change the key", () => {
    const keys = new Set([withXff(), withXff("203.0.113.7"), withXff("198.51.100.1, 203.0.113.7"), withXff("garbage")].map(clientIp));
    keys.add(clientIp(new Headers({ "x-real-ip": "192.0.2.55" })));
    expect([...keys]).toEqual([UNKNOWN_SOURCE]);
  });

  it("with TRUSTED_PROXY_HOPS=1 takes the right-most entry, whatever the client put before it", () => {
    reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "1" });
    const seenByProxy = clientIp(withXff("203.0.113.7"));
    expect(clientIp(withXff("1.1.1.1, 203.0.113.7"))).toBe(seenByProxy);
    expect(clientIp(withXff("9.9.9.9, 8.8.8.8, 203.0.113.7"))).toBe(seenByProxy);
    expect(clientIp(withXff("203.0.113.8"))).not.toBe(seenByProxy);
    // Stored as a keyed hash of fixed length, never the address itself.
    expect(seenByProxy).toMatch(/^ip-[A-Za-z0-9_-]{22}$/);
    expect(seenByProxy).not.toContain("203.0.113.7");
  });

  it("with TRUSTED_PROXY_HOPS=2 takes the second entry from the right", () => {
    reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "2" });
    expect(clientIp(withXff("6.6.6.6, 203.0.113.7, 10.0.0.2"))).toBe(clientIp(withXff("203.0.113.7, 10.0.0.1")));
    // Fewer entries than trusted proxies: the request did not come through them.
    expect(clientIp(withXff("203.0.113.7"))).toBe(UNKNOWN_SOURCE);
  });

  it("does not believe an entry that is not an IP address", () => {
    reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "1" });
    for (const forged of ["unknown", "", "203.0.113.7:443", "<script>", "x".repeat(10_000)]) expect(clientIp(withXff(`1.2.3.4, ${forged}`))).toBe(UNKNOWN_SOURCE);
  });

  it("counts an IPv6 /64 as one source and an IPv4-mapped address as its IPv4 address", () => {
    reloadSettingsForTests({ TRUSTED_PROXY_HOPS: "1" });
    expect(clientIp(withXff("2001:db8:1:2:aaaa::1"))).toBe(clientIp(withXff("2001:db8:1:2:ffff:ffff:ffff:ffff")));
    expect(clientIp(withXff("2001:db8:1:3::1"))).not.toBe(clientIp(withXff("2001:db8:1:2::1")));
    expect(clientIp(withXff("::ffff:203.0.113.7"))).toBe(clientIp(withXff("203.0.113.7")));
    expect(limitAddress("2001:DB8::1")).toBe("2001:db8:0:0::/64");
    expect(limitAddress("::ffff:a00:1")).toBe("10.0.0.1");
  });
});
