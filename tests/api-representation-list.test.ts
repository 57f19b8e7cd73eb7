import { loadMessages } from "@/lib/i18n/messages";
import { describe, expect, it } from "vitest";
import { apiEventListSchema, parseApiListQuery, toApiEventList } from "@/lib/events/api-representation";
import { invalidParametersProblem } from "@/lib/api/problem";
import { BASE, beforeAll2026, entry, stubPublicUrlPerTest } from "./support/api-fixtures";

const messages = loadMessages("de").api;

/** The public API's list of events: the query parameters it accepts and the pages it answers with. */

stubPublicUrlPerTest();

describe("parseApiListQuery", () => {
  const parse = (query: string) => parseApiListQuery(new URLSearchParams(query));

  it("accepts valid filters, a page and a page size", () => {
    const result = parse("format=fortbildung&thema=deeskalation&von=2026-12-01&bis=2026-12-31&frei=1&sprache=de&q=Trauma&zeit=vergangen&seite=2&proSeite=50");
    expect(result).toEqual({
      success: true,
      data: {
        filter: {
          format: "fortbildung",
          thema: "deeskalation",
          von: "2026-12-01",
          bis: "2026-12-31",
          frei: "1",
          sprache: "de",
          q: "Trauma",
          zeit: "vergangen",
          seite: 2,
        },
        pageSize: 50,
      },
    });
  });

  it("uses 20 per page by default and treats empty values as absent", () => {
    expect(parse("")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
    expect(parse("format=&proSeite=&seite=")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
  });

  it("ignores unknown parameters and the calendar's view parameters", () => {
    expect(parse("foo=bar&ansicht=kacheln&monat=2026-13")).toEqual({ success: true, data: { filter: {}, pageSize: 20 } });
  });

  it("lists each invalid parameter once, with a German message from the catalogue", () => {
    const result = parse("format=Fort%20Bildung&von=2026-02-30&bis=31.12.2026&frei=ja&sprache=deu&zeit=morgen&seite=0&proSeite=101&q=%20%20");
    expect(result.success).toBe(false);
    if (result.success) return;
    const byParameter = Object.fromEntries(result.errors.map((e) => [e.parameter, e.detail]));
    expect(Object.keys(byParameter).sort()).toEqual(["bis", "format", "frei", "proSeite", "q", "seite", "sprache", "von", "zeit"]);
    expect(byParameter.format).toBe(messages.parameterErrors.format);
    expect(byParameter.von).toBe(messages.parameterErrors.von);
    expect(byParameter.proSeite).toBe("Erwartet wird eine ganze Zahl von 1 bis 100.");
    expect(byParameter.seite).toBe("Erwartet wird eine ganze Zahl von 1 bis 10000.");
    expect(new Set(result.errors.map((e) => e.parameter)).size).toBe(result.errors.length);
  });

  it.each([
    ["proSeite=0", "proSeite"],
    ["proSeite=abc", "proSeite"],
    ["proSeite=2.5", "proSeite"],
    ["seite=abc", "seite"],
    ["seite=-1", "seite"],
    ["thema=%C3%A4rger", "thema"],
    ["traeger=ABC", "traeger"],
    ["online=true", "online"],
    ["barrierefrei=0", "barrierefrei"],
  ])("rejects %s", (query, parameter) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors.map((e) => e.parameter)).toEqual([parameter]);
  });

  it("rejects an end date before the start date", () => {
    expect(parse("von=2026-12-31&bis=2026-12-01")).toEqual({
      success: false,
      errors: [{ parameter: "bis", detail: messages.parameterErrors.bisVorVon }],
    });
    expect(parse("von=2026-12-01&bis=2026-12-01").success).toBe(true);
  });

  it("turns the errors into a 400 problem+json answer", async () => {
    const result = parse("von=gestern&proSeite=1000");
    if (result.success) throw new Error("expected errors");
    const response = invalidParametersProblem(result.errors, "/api/v1/events?von=gestern&proSeite=1000");
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: `${BASE}/api/v1/openapi.json#/components/schemas/InvalidParametersProblem`,
      title: "Ungültige Abfrageparameter",
      status: 400,
      detail: messages.problems.invalidParameters.detail,
      instance: "/api/v1/events?von=gestern&proSeite=1000",
      errors: [
        { parameter: "von", detail: messages.parameterErrors.von },
        { parameter: "proSeite", detail: messages.parameterErrors.proSeite },
      ],
    });
  });
});

describe("toApiEventList", () => {
  const page = (page: number, total: number, pageSize = 20) => ({
    entries: [entry()],
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  });

  it("pages with absolute links that keep the filters", () => {
    const query = { filter: { format: "fortbildung", zeit: "vergangen" as const, seite: 2 }, pageSize: 20 };
    const out = toApiEventList(page(2, 45), query, beforeAll2026);
    expect(out.page).toBe(2);
    expect(out.pageSize).toBe(20);
    expect(out.total).toBe(45);
    expect(out.pageCount).toBe(3);
    expect(out.links).toEqual({
      self: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen&seite=2`,
      next: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen&seite=3`,
      prev: `${BASE}/api/v1/events?format=fortbildung&zeit=vergangen`,
    });
    expect(apiEventListSchema.parse(out)).toEqual(out);
  });

  it("keeps a page size other than the default and encodes search text", () => {
    const query = { filter: { q: "Kinder & Jugend" }, pageSize: 50 };
    const out = toApiEventList(page(1, 120, 50), query, beforeAll2026);
    expect(out.links.self).toBe(`${BASE}/api/v1/events?q=Kinder+%26+Jugend&proSeite=50`);
    expect(out.links.next).toBe(`${BASE}/api/v1/events?q=Kinder+%26+Jugend&seite=2&proSeite=50`);
    expect(out.links.prev).toBeNull();
  });

  it("has no next page on the last page, and leads back from beyond it", () => {
    expect(toApiEventList(page(1, 0), { filter: {}, pageSize: 20 }, beforeAll2026).links).toEqual({
      self: `${BASE}/api/v1/events`,
      next: null,
      prev: null,
    });
    const beyond = toApiEventList({ ...page(9, 45), entries: [] }, { filter: { seite: 9 }, pageSize: 20 }, beforeAll2026);
    expect(beyond.data).toEqual([]);
    expect(beyond.links.next).toBeNull();
    expect(beyond.links.prev).toBe(`${BASE}/api/v1/events?seite=3`);
  });
});
