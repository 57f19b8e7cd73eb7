import { describe, expect, it } from "vitest";
import { accountRoles } from "@/db/schema";
import { templateNotesVisible } from "@/lib/legal/template-notes";

/** The template notes of the legal pages: for developers and the city's coordinators, not the public. */
describe("templateNotesVisible", () => {
  it("shows the notes while developing and testing, signed in or not", () => {
    for (const nodeEnv of ["development", "test", undefined]) {
      expect(templateNotesVisible({ nodeEnv, role: null })).toBe(true);
      expect(templateNotesVisible({ nodeEnv, role: "organiser" })).toBe(true);
    }
  });

  it("hides them from the public in production", () => {
    expect(templateNotesVisible({ nodeEnv: "production", role: null })).toBe(false);
    expect(templateNotesVisible({ nodeEnv: "production", role: undefined })).toBe(false);
  });

  it("shows them in production to a coordinator only, not to partners' staff", () => {
    for (const role of accountRoles) {
      expect(templateNotesVisible({ nodeEnv: "production", role })).toBe(role === "coordinator");
    }
  });
});
