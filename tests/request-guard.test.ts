import { describe, expect, it } from "vitest";
import { checkBody, checkDeclaredSize, checkOrigin, checkPath, MAX_BODY_BYTES } from "@/lib/http/request-guard";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkPath (proxy.ts refuses before Next.js decodes route parameters)", () => {
  it("lets ordinary and correctly encoded paths through", () => {
    expect(checkPath("/veranstaltungen/asylrecht-grundlagen")).toBeNull();
    expect(checkPath("/veranstaltungen/%C3%BCbung")).toBeNull();
    expect(checkPath("/intern/%E3%80%82")).toBeNull();
  });

  it("refuses a segment that is no valid percent-encoding with 400", () => {
    for (const path of ["/veranstaltungen/%ff", "/anmeldung/%ff", "/api/v1/events/%ff", "/anmeldung/%E3%80"]) expect(checkPath(path), path).toEqual({ status: 400, reason: "malformedPath" });
  });

  it("refuses control characters in the path with 400", () => {
    expect(checkPath("/anmeldung/abc%00def")).toEqual({ status: 400, reason: "controlCharacters" });
  });
});

describe("checkOrigin (a cross-origin post used to make Next.js's action check throw: 500)", () => {
  const post = (headers: Record<string, string>) => checkOrigin("POST", new Headers(headers), "https://fortbildung.mainz.de");

  it("lets posts from this site through, by host, forwarded host or PUBLIC_URL", () => {
    expect(post({ host: "localhost:3000", origin: "http://localhost:3000" })).toBeNull();
    expect(post({ host: "10.0.0.5:3000", "x-forwarded-host": "fortbildung.mainz.de", origin: "https://fortbildung.mainz.de" })).toBeNull();
    expect(post({ host: "10.0.0.5:3000", origin: "https://fortbildung.mainz.de" })).toBeNull();
  });

  it("leaves posts without Origin and reads (GET) alone", () => {
    expect(post({ host: "localhost:3000" })).toBeNull();
    expect(checkOrigin("GET", new Headers({ host: "localhost:3000", origin: "http://evil.example" }), "http://localhost:3000")).toBeNull();
  });

  it("refuses another origin and the opaque origin 'null' with 403", () => {
    expect(post({ host: "localhost:3000", origin: "http://evil.example" })).toEqual({ status: 403, reason: "crossOrigin" });
    expect(post({ host: "localhost:3000", origin: "null" })).toEqual({ status: 403, reason: "crossOrigin" });
  });
});

describe("checkBody and checkDeclaredSize", () => {
  it("lets ordinary form, multipart and JSON bodies through, umlauts and line breaks included", () => {
    expect(checkBody(bytes("firstName=J%C3%BCrgen&note=a%0D%0Ab"), "application/x-www-form-urlencoded")).toBeNull();
    expect(checkBody(bytes('------x\r\nContent-Disposition: form-data; name="firstName"\r\n\r\nJürgen\r\n------x--\r\n'), "multipart/form-data; boundary=----x")).toBeNull();
    expect(checkBody(bytes('{"firstName":"Jürgen","note":"a\\nb","path":"C:\\\\u0000"}'), "application/json")).toBeNull();
  });

  it("refuses a NUL however the body encodes it", () => {
    const refused = { status: 400, reason: "controlCharacters" };
    expect(checkBody(bytes("firstName=Ana%00x"), "application/x-www-form-urlencoded")).toEqual(refused);
    expect(checkBody(bytes('------x\r\nContent-Disposition: form-data; name="firstName"\r\n\r\nAna\u0000x\r\n------x--\r\n'), "multipart/form-data; boundary=----x")).toEqual(refused);
    expect(checkBody(bytes('{"firstName":"Ana\\u0000x"}'), "application/json")).toEqual(refused);
  });

  it("refuses a declared body over the limit with 413", () => {
    expect(checkDeclaredSize("POST", new Headers({ "content-length": String(MAX_BODY_BYTES + 1) }))).toEqual({ status: 413, reason: "tooLarge" });
    expect(checkDeclaredSize("POST", new Headers({ "content-length": "2000" }))).toBeNull();
  });
});
