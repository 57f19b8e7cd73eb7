import { describe, expect, it } from "vitest";
import { filterToQuery, hasNarrowingFilter, parseCalendarFilter, parseCalendarFilterStrict, toFtsQuery } from "@/lib/events/filters";

describe("calendar filters", () => {
  it("reads the shareable URL parameters", () => {
    const filter = parseCalendarFilter(new URLSearchParams("format=fortbildung&thema=asylrecht&traeger=vhs&von=2026-12-01&bis=2026-12-31&frei=1&barrierefrei=1&sprache=ar&online=1&q=Trauma&seite=2"));
    expect(filter).toEqual({ format: "fortbildung", thema: "asylrecht", traeger: "vhs", von: "2026-12-01", bis: "2026-12-31", frei: "1", barrierefrei: "1", sprache: "ar", online: "1", q: "Trauma", seite: 2 });
    expect(hasNarrowingFilter(filter)).toBe(true);
  });

  it("drops values that do not fit instead of failing the page", () => {
    const filter = parseCalendarFilter({ format: "<script>", von: "2026-02-30", seite: "-1", frei: "ja", ansicht: "monat", monat: "2026-13" });
    expect(filter).toEqual({ ansicht: "monat" });
    expect(hasNarrowingFilter(filter)).toBe(false);
  });

  it("treats empty select values as no filter", () => {
    expect(parseCalendarFilter(new URLSearchParams("format=&thema=&q="))).toEqual({});
  });

  it("reports every bad value in strict mode (API)", () => {
    const result = parseCalendarFilterStrict(new URLSearchParams("von=2026-02-30&frei=ja&format=fortbildung"));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["frei", "von"]);
  });

  it("writes filters back into a stable query string", () => {
    expect(filterToQuery({ q: "Trauma", format: "fortbildung", seite: 3 }, { seite: undefined })).toBe("?format=fortbildung&q=Trauma");
    expect(filterToQuery({})).toBe("");
  });

  it("turns search text into a safe FTS query", () => {
    expect(toFtsQuery('Trauma "OR" NEAR(x)')).toBe('"Trauma" "NEAR"');
    expect(toFtsQuery("Kindeswohlgefährdung erkennen")).toBe('"Kindeswohlgefährdung" "erkennen"');
    expect(toFtsQuery("ab")).toBeNull();
  });
});
