import { describe, expect, it } from "vitest";
import { decideLocale, isTranslatablePath, localePath, type LocaleRequest } from "@/lib/i18n/locale-routing";

const request = (over: Partial<LocaleRequest>): LocaleRequest => ({ method: "GET", pathname: "/", search: "", cookie: undefined, fetchSite: "same-origin", fetchMode: "navigate", ...over });

describe("the language of a request", () => {
  it("serves /en pages from the same page in English and remembers the choice", () => {
    expect(decideLocale(request({ pathname: "/en/veranstaltungen", search: "?q=Asyl" }))).toEqual({ kind: "serve", locale: "en", path: "/veranstaltungen", rewrite: true, setCookie: "en" });
    expect(decideLocale(request({ pathname: "/en", cookie: "en" }))).toEqual({ kind: "serve", locale: "en", path: "/", rewrite: true, setCookie: null });
  });

  it("keeps the signed-in area, the API and files German-only", () => {
    for (const pathname of ["/en/intern", "/en/intern/veranstaltungen", "/en/api/v1/events", "/en/dev/postfach"]) {
      expect(decideLocale(request({ pathname }))).toMatchObject({ kind: "serve", locale: "de", rewrite: false });
    }
    expect(isTranslatablePath("/robots.txt")).toBe(false);
    expect(isTranslatablePath("/kalender.ics")).toBe(true);
    expect(isTranslatablePath("/veranstaltungen/asyl-grundlagen")).toBe(true);
  });

  it("sends someone whose last language was English from an outside link to the English page", () => {
    for (const fetchSite of ["none", "cross-site"]) {
      expect(decideLocale(request({ pathname: "/veranstaltungen", search: "?format=fortbildung", cookie: "en", fetchSite }))).toEqual({ kind: "redirect", location: "/en/veranstaltungen?format=fortbildung" });
    }
  });

  it("switches back to German when a German page is opened from within the site", () => {
    expect(decideLocale(request({ pathname: "/veranstaltungen", cookie: "en", fetchSite: "same-origin" }))).toEqual({ kind: "serve", locale: "de", path: "/veranstaltungen", rewrite: false, setCookie: "de" });
  });

  it("leaves German visitors, form posts and requests without fetch metadata alone", () => {
    expect(decideLocale(request({ pathname: "/", fetchSite: "none" }))).toEqual({ kind: "serve", locale: "de", path: "/", rewrite: false, setCookie: null });
    expect(decideLocale(request({ method: "POST", pathname: "/veranstaltungen/x", cookie: "en", fetchSite: "none" }))).toMatchObject({ kind: "serve", locale: "de", setCookie: null });
    expect(decideLocale(request({ pathname: "/", cookie: "en", fetchSite: null, fetchMode: null }))).toMatchObject({ kind: "serve", locale: "de" });
    expect(decideLocale(request({ pathname: "/", cookie: "fr", fetchSite: "none" }))).toMatchObject({ kind: "serve", locale: "de", setCookie: null });
  });

  it("writes English URLs with the prefix and German ones without", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/supervision")).toBe("/en/supervision");
    expect(localePath("de", "/supervision")).toBe("/supervision");
  });
});
