/**
 * The security headers of every answer that passes the proxy (proxy.ts). next.config.ts adds the
 * older static ones (nosniff, Referrer-Policy, X-Frame-Options) to every path.
 */

/** A fresh, unguessable nonce for one request (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Only this origin. Scripts need the request's nonce as well: Next.js reads the nonce from this
 * header on the request and puts it on its own scripts and inline styles. Styles come from
 * /_next/static (Tailwind's one stylesheet) or carry the nonce, so no 'unsafe-inline'.
 * In development React needs eval for its error stacks. The mailbox preview (/dev/postfach, demo
 * only) shows mails, whose HTML styles itself inline, in a sandboxed frame that inherits this policy.
 */
export function contentSecurityPolicy(nonce: string, { development = false, inlineStyles = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ""}`,
    // A nonce would switch 'unsafe-inline' off again.
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}

/** Browser features the platform never uses, switched off for every page and any frame. */
export const PERMISSIONS_POLICY = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"].map((f) => `${f}=()`).join(", ");

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Whether the platform is served over https: PUBLIC_URL says so, or the request came in over https
 * (directly or through a proxy that says so). HSTS over plain http would be ignored anyway, and on
 * localhost it would stick to every other local project.
 */
export function servedOverHttps(publicUrl: string, requestProtocol: string, forwardedProto: string | null): boolean {
  return publicUrl.startsWith("https:") || requestProtocol === "https:" || forwardedProto?.split(",")[0].trim() === "https";
}

/** The headers above for one answer. */
export function securityHeaders({ nonce, https, development = false, inlineStyles = false }: { nonce: string; https: boolean; development?: boolean; inlineStyles?: boolean }): [string, string][] {
  const headers: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy(nonce, { development, inlineStyles })],
    ["Permissions-Policy", PERMISSIONS_POLICY],
  ];
  if (https) headers.push(["Strict-Transport-Security", HSTS]);
  return headers;
}
