import { NextResponse, type NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { problemResponse } from "@/lib/api/problem";
import { publicUrl } from "@/lib/config/env";
import { loadMessages, defaultLocale } from "@/lib/i18n/messages";
import { checkBody, checkDeclaredSize, checkOrigin, checkPath, type Refusal } from "@/lib/http/request-guard";
import { pageCacheControl } from "@/lib/http/cache-policy";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";

/**
 * Runs before every request (Next.js 16's name for middleware). Two jobs, neither of them
 * authorisation (that lives in lib/, with the actor):
 * 1. refuse what would otherwise end in a 500 deep inside Next.js (see lib/http/request-guard.ts):
 *    400/403/413, as problem+json under /api and as a short German page elsewhere;
 * 2. give the answer a Content-Security-Policy with a fresh nonce, which Next.js reads from the
 *    request's copy of the header and puts on its own scripts (so every page renders dynamically,
 *    see app/layout.tsx), plus Permissions-Policy and, over https, HSTS;
 * 3. let public pages into the back/forward cache (Cache-Control, see lib/http/cache-policy.ts).
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    https: servedOverHttps(publicUrl(), request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
    development: process.env.NODE_ENV === "development",
    inlineStyles: request.nextUrl.pathname.startsWith("/dev/postfach/"),
  });
  const refusal = await check(request);
  const response = refusal ? refuse(request, refusal) : pass(request, headers);
  for (const [name, value] of headers) response.headers.set(name, value);
  const cacheControl = refusal ? null : pageCacheControl(request.method, request.nextUrl.pathname);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

async function check(request: NextRequest): Promise<Refusal | null> {
  const rawPath = new URL(request.url).pathname;
  const first = checkPath(rawPath) ?? checkDeclaredSize(request.method, request.headers);
  if (first) return first;
  if (!rawPath.startsWith("/api/")) {
    const origin = checkOrigin(request.method, request.headers, publicUrl());
    if (origin) return origin;
  }
  if (request.body === null) return null;
  // The proxy reads a copy of the body; Next.js hands the route its own copy.
  return checkBody(new Uint8Array(await request.arrayBuffer()), request.headers.get("content-type"));
}

function pass(request: NextRequest, headers: [string, string][]): NextResponse {
  const requestHeaders = new Headers(request.headers);
  const csp = headers.find(([name]) => name === "Content-Security-Policy");
  if (csp) requestHeaders.set(csp[0], csp[1]);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

function refuse(request: NextRequest, refusal: Refusal): Response {
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "common.refused" });
  const title = t(`${refusal.reason}.title`);
  const text = t(`${refusal.reason}.text`);
  const rawPath = new URL(request.url).pathname;
  if (rawPath.startsWith("/api/")) return problemResponse({ status: refusal.status, title, detail: text });
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${t("homeLink")}</a></p></main></body></html>`;
  return new NextResponse(page, { status: refusal.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export const config = {
  // Everything but the build's static files (they carry no page and no input).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
