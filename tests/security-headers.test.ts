import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";

describe("security headers (proxy.ts)", () => {
  it("allows scripts only from this origin with the request's nonce", () => {
    const csp = contentSecurityPolicy("abc123");
    for (const directive of ["default-src 'self'", "script-src 'self' 'nonce-abc123'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'", "base-uri 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("makes a new nonce for every request", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("sends HSTS only over https", () => {
    expect(servedOverHttps("https://fortbildung.mainz.de", "http:", null)).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "https:", null)).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "http:", "https")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", "http:", null)).toBe(false);
    const names = (https: boolean) => securityHeaders({ nonce: "n", https }).map(([name]) => name);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["Content-Security-Policy", "Permissions-Policy"]));
  });
});
