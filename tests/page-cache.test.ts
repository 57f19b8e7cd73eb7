import { describe, expect, it } from "vitest";
import { formTokenPlaceholder, isMarker, noncePlaceholder } from "@/lib/http/page-cache/placeholders";
import { isCacheableRequest } from "@/lib/http/page-cache/rules";
import { RenderedStore } from "@/lib/http/page-cache/store";
import { answerBody, storeBody } from "@/lib/http/page-cache/stored-body";

const marker = "0123456789abcdef0123456789abcdef";
const bytes = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

describe("rendered-response cache: placeholders (lib/http/page-cache)", () => {
  it("gives every answer its own nonce and form token, the same token wherever one form shows it", () => {
    const n = noncePlaceholder(marker);
    const t = formTokenPlaceholder(marker, "erste-hilfe-2027");
    const page = `<script nonce="${n}"></script><input value="${t}"><script nonce="${n}">push("{\\"startedToken\\":\\"${t}\\"}")</script>`;
    const body = storeBody(bytes(page), marker);
    let count = 0;
    const answer = (nonce: string) => answerBody(body, { nonce, formToken: (scope) => `${++count}.${scope}` }) as string;
    const first = answer("N1");
    expect(first).toBe(`<script nonce="N1"></script><input value="1.erste-hilfe-2027"><script nonce="N1">push("{\\"startedToken\\":\\"1.erste-hilfe-2027\\"}")</script>`);
    expect(answer("N2")).toContain('value="2.erste-hilfe-2027"');
    expect(answer("N2")).not.toContain(marker);
  });

  it("keeps text that only resembles a placeholder, and bodies without any as bytes", () => {
    const other = "fedcba9876543210fedcba9876543210";
    const text = `pcn${other} pct${other}~x~ pcn${marker.slice(0, 31)}`;
    const body = storeBody(bytes(text), marker);
    expect(body.kind).toBe("bytes");
    expect(answerBody(body, { nonce: "N", formToken: () => "T" })).toEqual(bytes(text));
  });

  it("accepts only a 128-bit hex marker from the request header", () => {
    expect(isMarker(marker)).toBe(true);
    for (const forged of ["", "x", `${marker}0`, marker.toUpperCase(), `${marker.slice(0, 31)}"`, null]) expect(isMarker(forged)).toBe(false);
  });
});

describe("rendered-response cache: which requests", () => {
  const request = (overrides: Partial<Parameters<typeof isCacheableRequest>[0]> = {}) =>
    isCacheableRequest({ method: "GET", servedPath: "/veranstaltungen", search: "", headers: new Headers(), cookieNames: [], ...overrides });

  it("answers plain visits of public pages, the feeds and the event API", () => {
    for (const servedPath of ["/", "/veranstaltungen", "/veranstaltungen/erste-hilfe-2027", "/veranstaltungen/erste-hilfe-2027/kalender.ics", "/supervision", "/supervision/gruppe-a", "/impressum", "/kalender.ics", "/api/v1/events", "/api/v1/events/erste-hilfe-2027"])
      expect(request({ servedPath }), servedPath).toBe(true);
    expect(request({ search: "?q=trauma&format=fortbildung" })).toBe(true);
    expect(request({ cookieNames: ["NEXT_LOCALE"] })).toBe(true);
  });

  it("renders everything personal, React's own requests and unknown places as before", () => {
    for (const servedPath of ["/anmeldung/abc", "/meine-daten", "/intern", "/api/v1/events/x/registrations", "/api/health", "/bescheinigung/ABC", "/veranstaltungen/A"])
      expect(request({ servedPath }), servedPath).toBe(false);
    expect(request({ method: "HEAD" })).toBe(false);
    expect(request({ method: "POST" })).toBe(false);
    expect(request({ cookieNames: ["NEXT_LOCALE", "authjs.session-token"] })).toBe(false);
    expect(request({ cookieNames: ["irgendwas"] })).toBe(false);
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "authorization"]) expect(request({ headers: new Headers({ [name]: "1" }) }), name).toBe(false);
    expect(request({ search: "?_rsc=abc" })).toBe(false);
    // The client router's fetches (Next.js removes their RSC headers before the proxy runs).
    expect(request({ headers: new Headers({ "sec-fetch-dest": "empty" }) })).toBe(false);
    expect(request({ headers: new Headers({ "sec-fetch-dest": "document" }) })).toBe(true);
    expect(request({ servedPath: "/kalender.ics", headers: new Headers({ "sec-fetch-dest": "empty" }) })).toBe(true);
    expect(request({ search: `?q=${"x".repeat(600)}` })).toBe(false);
  });
});

describe("rendered-response cache: the store", () => {
  const entry = (version: string, size: number) => ({ version, slot: 1, rendered: { status: 200, headers: [], body: storeBody(bytes("x".repeat(size)), marker) } });

  it("serves an entry only under its own version and slot", () => {
    const store = new RenderedStore(1024 * 1024);
    store.set("/a", entry("1.1", 10));
    expect(store.get("/a", "1.1", 1)).toBeDefined();
    expect(store.get("/a", "1.2", 1)).toBeUndefined();
    expect(store.get("/a", "1.1", 2)).toBeUndefined();
  });

  it("stays within its byte budget, dropping the least recently used first", () => {
    const store = new RenderedStore(3 * 11 * 1024); // three bodies of 10 KiB plus 1 KiB each
    for (const key of ["/a", "/b", "/c"]) store.set(key, entry("1.1", 10 * 1024));
    expect(store.get("/a", "1.1", 1)).toBeDefined();
    store.set("/d", entry("1.1", 10 * 1024));
    expect(store.get("/b", "1.1", 1)).toBeUndefined();
    expect(store.get("/a", "1.1", 1)).toBeDefined();
    expect(store.size.bytes).toBeLessThanOrEqual(3 * 11 * 1024);
    store.set("/huge", entry("1.1", 64 * 1024));
    expect(store.get("/huge", "1.1", 1)).toBeUndefined();
  });
});
