import { describe, expect, it } from "vitest";
import { apiFilterKeys } from "@/lib/events/api-representation";
import { eventNotFoundProblem, notFoundProblem, problemResponse } from "@/lib/api/problem";
import { openApiDocument } from "@/lib/api/openapi";
import { BASE, stubPublicUrlPerTest } from "./support/api-fixtures";

/** The public API's documented contract: problem+json answers and the OpenAPI document. */

stubPublicUrlPerTest();

describe("problem responses", () => {
  it("answers with RFC 9457 members and the problem media type", async () => {
    const response = problemResponse({ status: 404, title: "Nicht gefunden" });
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({ type: "about:blank", title: "Nicht gefunden", status: 404 });
  });

  it("has German 404s for events and unknown paths", async () => {
    const event = await eventNotFoundProblem("gibt-es-nicht", "/api/v1/events/gibt-es-nicht").json();
    expect(event).toMatchObject({ status: 404, title: "Veranstaltung nicht gefunden" });
    expect(event.detail).toContain("„gibt-es-nicht“");

    const path = await notFoundProblem("/api/v1/veranstaltungen").json();
    expect(path).toMatchObject({ status: 404, title: "Nicht gefunden", instance: "/api/v1/veranstaltungen" });
    expect(path.detail).toContain(`${BASE}/api/v1/openapi.json`);
  });
});

describe("openApiDocument", () => {
  it("describes both endpoints, every query parameter in German, and the problem schema", () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe(`${BASE}/api/v1`);
    const parameters = doc.paths["/events"].get.parameters;
    expect(parameters.map((p) => p.name)).toEqual([...apiFilterKeys, "proSeite"]);
    expect(apiFilterKeys).not.toContain("ansicht");
    for (const p of parameters) expect(p.description, p.name).toMatch(/\S/);
    expect(doc.paths["/events/{slug}"].get.responses["404"].content["application/problem+json"].schema.$ref).toBe("#/components/schemas/Problem");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["EventSummary", "EventDetail", "EventList", "EventResponse", "Problem", "InvalidParametersProblem"]),
    );
    // No dangling references.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas, r).toHaveProperty(r.split("/").pop()!);
  });
});
