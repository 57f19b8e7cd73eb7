import { NextResponse } from "next/server";
import { selfServicePaths } from "@/lib/privacy/self-service-paths";
import { sessionCookieName, sessionCookieOptions } from "@/lib/privacy/self-service-session";
import { exchangeLinkForSession } from "@/lib/privacy/self-service-tokens";

/**
 * The link from the mail: exchanged (once) for a session cookie, then on to the overview, so that
 * no token stays in the address bar or the history. A used, expired or wrong link leads to a page
 * that says so and offers a new one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await exchangeLinkForSession(String(token));
  const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" };
  // Relative locations: the browser resolves them against the address it used (RFC 9110).
  if (result.kind === "invalid") return new NextResponse(null, { status: 303, headers: { ...headers, Location: selfServicePaths.invalidLink } });
  const response = new NextResponse(null, { status: 303, headers: { ...headers, Location: selfServicePaths.overview } });
  response.cookies.set(sessionCookieName(), result.sessionToken, sessionCookieOptions(result.expiresAt));
  return response;
}
