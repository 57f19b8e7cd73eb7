import { NextResponse, type NextRequest } from "next/server";
import { problemResponse } from "@/lib/api/problem";
import { publicUrl } from "@/lib/config/env";
import { translator } from "@/lib/i18n/translator";
import { decideLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER, PATH_HEADER, type LocaleDecision } from "@/lib/i18n/locale-routing";
import { defaultLocale } from "@/lib/i18n/locales";
import { checkBody, checkDeclaredSize, checkOrigin, checkPath, type Refusal } from "@/lib/http/request-guard";
import { pageCacheControl } from "@/lib/http/cache-policy";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { isCacheableRequest } from "@/lib/http/page-cache/rules";
import { noncePlaceholder } from "@/lib/http/page-cache/placeholders";
import { answerFromCache, cacheMarker, isCacheRender, pageCacheEnabled, pageRequestHeaders } from "@/lib/http/page-cache/serve";
import { formStartedToken } from "@/lib/registrations/form-started-token";

/**
 * Runs before every request (Next.js 16's name for middleware). Two jobs, neither of them
 * authorisation (that lives in lib/, with the actor):
 * 1. refuse what would otherwise end in a 500 deep inside Next.js (see lib/http/request-guard.ts):
 *    400/403/413, as problem+json under /api and as a short German page elsewhere;
 * 2. give the answer a Content-Security-Policy with a fresh nonce, which Next.js reads from the
 *    request's copy of the header and puts on its own scripts (so every page renders dynamically,
 *    see app/layout.tsx), plus Permissions-Policy and, over https, HSTS;
 * 3. let public pages into the back/forward cache (Cache-Control, see lib/http/cache-policy.ts);
 * 4. the language: /en/… is served by the same pages in English (lib/i18n/locale-routing.ts);
 * 5. answer public pages, feeds and the event API from the rendered-response cache when it may
 *    (lib/http/page-cache/, docs/public-cache.md).
 */
export async function proxy(request: NextRequest) {
  // The proxy's own render for the cache gets a placeholder, which each cached answer replaces with its own nonce.
  const cacheRender = isCacheRender(request.headers);
  const nonce = cacheRender ? noncePlaceholder(cacheMarker()) : newNonce();
  const headers = securityHeaders({
    nonce,
    https: servedOverHttps(publicUrl(), request.nextUrl.protocol, request.headers.get("x-forwarded-proto")),
    development: process.env.NODE_ENV === "development",
    inlineStyles: request.nextUrl.pathname.startsWith("/dev/postfach/"),
  });
  const refusal = await check(request);
  if (refusal) {
    const response = refuse(request, refusal);
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  }
  const language = decideLocale({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    fetchSite: request.headers.get("sec-fetch-site"),
    fetchMode: request.headers.get("sec-fetch-mode"),
  });
  const cached = language.kind === "serve" && !cacheRender ? await fromCache(request, language.path, nonce) : null;
  const response = language.kind === "redirect" ? redirect(request, language.location) : (cached ?? pass(request, headers, language, cacheRender));
  for (const [name, value] of headers) response.headers.set(name, value);
  if (language.kind === "redirect") return response;
  // The render for the cache sets no cookie: its answer would not be kept.
  if (language.setCookie && !cacheRender) {
    response.cookies.set(LOCALE_COOKIE, language.setCookie, { path: "/", sameSite: "lax", httpOnly: true, maxAge: LOCALE_COOKIE_MAX_AGE, secure: request.nextUrl.protocol === "https:" });
  }
  const cacheControl = pageCacheControl(request.method, language.path);
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

async function fromCache(request: NextRequest, servedPath: string, nonce: string): Promise<NextResponse | null> {
  if (!pageCacheEnabled()) return null;
  const { pathname, search } = request.nextUrl;
  const cacheable = isCacheableRequest({ method: request.method, servedPath, search, headers: request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) });
  if (!cacheable) return null;
  // The key is the address as the visitor asked for it (with /en when English); the cache's own render fetches it.
  const answer = await answerFromCache(`${pathname}${search}`, { nonce, formToken: (scope) => formStartedToken(scope) });
  return answer ? new NextResponse(answer.body, { status: answer.status, headers: answer.headers }) : null;
}

function pass(request: NextRequest, headers: [string, string][], language: Extract<LocaleDecision, { kind: "serve" }>, cacheRender: boolean): NextResponse {
  const requestHeaders = new Headers(request.headers);
  pageRequestHeaders(requestHeaders, cacheRender);
  const csp = headers.find(([name]) => name === "Content-Security-Policy");
  if (csp) requestHeaders.set(csp[0], csp[1]);
  // Set here only, whatever the client sent under these names.
  requestHeaders.set(LOCALE_HEADER, language.locale);
  requestHeaders.set(PATH_HEADER, `${language.path}${request.nextUrl.search}`);
  if (!language.rewrite) return NextResponse.next({ request: { headers: requestHeaders } });
  const url = request.nextUrl.clone();
  url.pathname = language.path;
  return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
}

function redirect(request: NextRequest, location: string): NextResponse {
  const response = NextResponse.redirect(new URL(location, request.nextUrl), 307);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function refuse(request: NextRequest, refusal: Refusal): Response {
  const t = translator(defaultLocale, "common");
  const title = t(`refused.${refusal.reason}.title`);
  const text = t(`refused.${refusal.reason}.text`);
  const rawPath = new URL(request.url).pathname;
  if (rawPath.startsWith("/api/")) return problemResponse({ status: refusal.status, title, detail: text });
  const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">${t("refused.homeLink")}</a></p></main></body></html>`;
  return new NextResponse(page, { status: refusal.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

export const config = {
  // Everything but the build's static files (they carry no page and no input).
  matcher: ["/((?!_next/static|_next/image).*)"],
};
