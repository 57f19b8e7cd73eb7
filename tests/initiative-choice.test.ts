import { describe, expect, it } from "vitest";
import { applicationTexts, registrationTexts } from "./support/form-texts";
import { fieldErrors } from "@/lib/forms/form-state";
import { findInitiativeByName } from "@/lib/registrations/initiative-choice";
import { registrationFormDataToInput, registrationFormSchema } from "@/lib/registrations/schemas";
import { applicationFormSchema } from "@/lib/supervision/application-schema";

/** The initiative question of the public forms: radio choice + typed name → "keine" | "andere" | id. */
const initiatives = [
  { id: 3, name: "Café Asyl Mainz" },
  { id: 7, name: "Deutschkurs  Neustadt" },
];
const person = { firstName: "Ada", lastName: "Beispiel", email: "ada@example.org", consent: "on" };

function post(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries({ ...person, ...fields })) data.append(k, v);
  return registrationFormSchema([], initiatives, registrationTexts()).safeParse(registrationFormDataToInput(data, []));
}

describe("the initiative question", () => {
  it("finds a typed name exactly, ignoring case and extra spaces", () => {
    expect(findInitiativeByName("Café Asyl Mainz", initiatives)).toBe(3);
    expect(findInitiativeByName("  café   asyl MAINZ ", initiatives)).toBe(3);
    expect(findInitiativeByName("deutschkurs neustadt", initiatives)).toBe(7);
    expect(findInitiativeByName("Café", initiatives)).toBeUndefined();
    expect(findInitiativeByName("", initiatives)).toBeUndefined();
  });

  it("maps each choice onto what the commands take", () => {
    expect(post({ initiativeChoice: "keine", initiativeName: "ignored" }).data).toMatchObject({ initiative: "keine", initiativeOther: "" });
    expect(post({ initiativeChoice: "liste", initiativeName: "cafe asyl mainz" }).data).toMatchObject({ initiative: "andere", initiativeOther: "cafe asyl mainz" });
    expect(post({ initiativeChoice: "liste", initiativeName: "CAFÉ ASYL MAINZ" }).data).toMatchObject({ initiative: "3", initiativeOther: "" });
    expect(post({ initiativeChoice: "andere", initiativeOther: "Nachbarschaftshilfe Gonsenheim", initiativeName: "Café Asyl Mainz" }).data).toMatchObject({ initiative: "andere", initiativeOther: "Nachbarschaftshilfe Gonsenheim" });
  });

  it("takes a name not in the list as 'andere' with that name", () => {
    const result = post({ initiativeChoice: "liste", initiativeName: "  Lernpaten   Bretzenheim " });
    expect(result.data).toMatchObject({ initiative: "andere", initiativeOther: "Lernpaten Bretzenheim" });
    expect(result.data).not.toHaveProperty("initiativeChoice");
  });

  it("asks in German for a missing choice or name, next to the field", () => {
    expect(fieldErrors(post({}).error!)).toMatchObject({ initiativeChoice: expect.stringContaining("Initiative") });
    expect(Object.keys(fieldErrors(post({ initiativeChoice: "liste" }).error!))).toEqual(["initiativeName"]);
    expect(Object.keys(fieldErrors(post({ initiativeChoice: "andere" }).error!))).toEqual(["initiativeOther"]);
    expect(fieldErrors(post({ initiativeChoice: "irgendwas" }).error!).initiativeChoice).toContain("Bitte wählen Sie");
  });

  it("works the same in the supervision application", () => {
    const parsed = applicationFormSchema(initiatives, applicationTexts()).safeParse({ ...person, canAttendAll: "ja", initiativeChoice: "liste", initiativeName: "deutschkurs neustadt" });
    expect(parsed.data).toMatchObject({ initiative: "7", initiativeOther: "", canAttendAll: "ja", motivation: "" });
  });
});
