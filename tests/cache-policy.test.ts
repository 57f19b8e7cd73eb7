import { describe, expect, it } from "vitest";
import { pageCacheControl, PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/http/cache-policy";

describe("Cache-Control of pages", () => {
  it("lets public pages into the back/forward cache", () => {
    for (const path of ["/", "/veranstaltungen", "/veranstaltungen/trauma-verstehen-2027-01-26", "/supervision", "/supervision/gruppe-1", "/impressum", "/datenschutz", "/barrierefreiheit"]) {
      expect(pageCacheControl("GET", path), path).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    }
    expect(pageCacheControl("HEAD", "/veranstaltungen")).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(PUBLIC_PAGE_CACHE_CONTROL).not.toContain("no-store");
    expect(PUBLIC_PAGE_CACHE_CONTROL).toContain("private");
  });

  it("leaves personal pages, files, the API and form posts at Next.js's no-store", () => {
    for (const path of ["/anmeldung/abc123", "/anmeldung/eingegangen", "/meine-daten", "/meine-daten/zugang/x", "/intern", "/intern/veranstaltungen", "/api/v1/events", "/kalender.ics", "/veranstaltungen/x/kalender.ics", "/bescheinigung/ABCD-1234", "/dev/postfach", "/veranstaltungen/x/y"]) {
      expect(pageCacheControl("GET", path), path).toBeNull();
    }
    expect(pageCacheControl("POST", "/veranstaltungen/trauma-verstehen")).toBeNull();
  });
});
