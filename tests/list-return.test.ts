import { describe, expect, it } from "vitest";
import { activeFilterChips, withoutFiltersHref } from "@/lib/events/filter-chips";
import { parseCalendarFilter } from "@/lib/events/filters";
import { listReturnPath, listReturnUrl, listReturnValue, returnFilter, withListReturn } from "@/lib/events/list-return";

describe("back to the filtered list (?zurueck=…)", () => {
  it("leads back to the list in the page's language", () => {
    expect(listReturnUrl("format=fortbildung&seite=2", "en")).toBe("/en/veranstaltungen?format=fortbildung&seite=2");
    expect(listReturnUrl("format=fortbildung", "de")).toBe("/veranstaltungen?format=fortbildung");
    expect(listReturnUrl("weiter=https://evil.example", "en")).toBe("/en/veranstaltungen");
  });

  it("carries a list's query to the event page and back", () => {
    const filter = parseCalendarFilter(new URLSearchParams("format=fortbildung&q=Trauma und Flucht&seite=2"));
    const value = listReturnValue(filter);
    expect(value).toBe("format=fortbildung&q=Trauma+und+Flucht&seite=2");
    const link = withListReturn("/veranstaltungen/trauma-verstehen", value);
    expect(link).toBe("/veranstaltungen/trauma-verstehen?zurueck=format%3Dfortbildung%26q%3DTrauma%2Bund%2BFlucht%26seite%3D2");
    const back = new URL(link, "http://x.invalid").searchParams.get("zurueck");
    expect(listReturnPath(back)).toBe("/veranstaltungen?format=fortbildung&q=Trauma+und+Flucht&seite=2");
  });

  it("adds nothing for the plain list", () => {
    expect(listReturnValue({})).toBeUndefined();
    expect(withListReturn("/veranstaltungen/x", undefined)).toBe("/veranstaltungen/x");
    expect(listReturnPath(undefined)).toBe("/veranstaltungen");
  });

  it("keeps only known calendar parameters with valid values", () => {
    expect(listReturnPath("format=fortbildung&weiter=https://evil.example&__proto__=x&constructor=y")).toBe("/veranstaltungen?format=fortbildung");
    expect(listReturnPath("format=<script>&von=2026-02-30&seite=-1&frei=ja")).toBe("/veranstaltungen");
    expect(listReturnPath("?thema=asylrecht")).toBe("/veranstaltungen?thema=asylrecht");
    expect(listReturnPath(["ansicht=monat&monat=2027-01", "format=x"])).toBe("/veranstaltungen?ansicht=monat&monat=2027-01");
  });

  it("never leads to another site or path", () => {
    for (const evil of ["https://evil.example", "//evil.example/veranstaltungen", "/intern/abmelden", "javascript:alert(1)", "\\\\evil", "%2F%2Fevil.example", "a".repeat(5000), 42, { format: "x" }, ""]) {
      expect(listReturnPath(evil)).toBe("/veranstaltungen");
      expect(returnFilter(evil)).toBeNull();
    }
  });
});

describe("active filter chips", () => {
  const names = {
    formats: [{ slug: "fortbildung", name: "Fortbildung" }],
    topics: [{ slug: "asylrecht", name: "Asylrecht" }],
    organisations: [{ slug: "vhs", name: "Volkshochschule am Rhein" }],
  };
  const day = (iso: string) => `Tag ${iso}`;

  it("names each active filter and links to the list without it (keeping the view, dropping the page)", () => {
    const filter = parseCalendarFilter(new URLSearchParams("ansicht=monat&monat=2027-01&format=fortbildung&thema=asylrecht&von=2027-01-10&frei=1&q=Trauma&seite=3"));
    const chips = activeFilterChips(filter, names, day);
    expect(chips.map((c) => [c.key, c.value])).toEqual([
      ["format", "Fortbildung"],
      ["thema", "Asylrecht"],
      ["von", "Tag 2027-01-10"],
      ["frei", "1"],
      ["q", "Trauma"],
    ]);
    expect(chips[0].href).toBe("/veranstaltungen?thema=asylrecht&von=2027-01-10&frei=1&q=Trauma&ansicht=monat&monat=2027-01");
    expect(chips.every((c) => !c.href.includes("seite="))).toBe(true);
    expect(withoutFiltersHref(filter)).toBe("/veranstaltungen?ansicht=monat&monat=2027-01");
  });

  it("shows an unknown slug as it is and nothing without filters", () => {
    expect(activeFilterChips({ traeger: "weg" }, names, day)).toEqual([{ key: "traeger", value: "weg", href: "/veranstaltungen" }]);
    expect(activeFilterChips({ seite: 2, zeit: "vergangen" }, names, day)).toEqual([]);
  });
});
