import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/http/safe-return-path";

describe("safeReturnPath (?weiter=… after signing in)", () => {
  it("keeps paths inside /intern", () => {
    expect(safeReturnPath("/intern")).toBe("/intern");
    expect(safeReturnPath("/intern/veranstaltungen/12/teilnehmende?status=waitlisted")).toBe("/intern/veranstaltungen/12/teilnehmende?status=waitlisted");
  });

  it("percent-encodes what a Location header cannot carry (it used to end in a 500)", () => {
    expect(safeReturnPath("/intern/。")).toBe("/intern/%E3%80%82");
    expect(safeReturnPath("/intern/ｅｖｉｌ")).toBe("/intern/%EF%BD%85%EF%BD%96%EF%BD%89%EF%BD%8C");
  });

  it("falls back to /intern for anything outside, malformed or another site", () => {
    for (const value of ["https://evil.example/intern", "//evil.example/intern", "/\\evil.example", "/intern/../konto", "/internal", "/intern/%ff", "/intern/a b", undefined, 3]) expect(safeReturnPath(value), String(value)).toBe("/intern");
  });
});
