import { describe, expect, it } from "vitest";
import { formatText, isSimpleText } from "@/lib/i18n/format-text";
import { pickTexts } from "@/lib/i18n/client-texts";
import { loadMessages } from "@/lib/i18n/messages";
import { createTranslator } from "use-intl/core";

describe("formatText (the browser's texts)", () => {
  it("puts values into {name} arguments and keeps unknown ones visible", () => {
    expect(formatText("Rufen Sie an: {phone}.", { phone: "06131 1" })).toBe("Rufen Sie an: 06131 1.");
    expect(formatText("höchstens {max} Zeichen", { max: 200 })).toBe("höchstens 200 Zeichen");
    expect(formatText("Hallo {name}")).toBe("Hallo {name}");
  });

  it("reads ICU quoting as next-intl does", () => {
    for (const [message, values] of [
      ["Zeichen: . , ' ’ - ( )", undefined],
      ["It''s {n}", { n: 1 }],
      ["'{link}' bleibt", undefined],
    ] as const) {
      expect(formatText(message, values)).toBe((createTranslator({ locale: "de", messages: { m: message } }) as (key: string, values?: Record<string, number>) => string)("m", values));
    }
  });

  it("knows which messages it cannot format", () => {
    expect(isSimpleText("Noch {count} frei")).toBe(true);
    expect(isSimpleText("{count, plural, one {# Platz} other {# Plätze}}")).toBe(false);
    expect(isSimpleText("Schreiben Sie an <mail>{email}</mail>")).toBe(false);
  });
});

describe("pickTexts", () => {
  it("sends only the asked parts, nested as in the catalogue, and only what the browser can format", () => {
    const picked = pickTexts(loadMessages("en") as never, ["common.forms", "registration"]) as Record<string, Record<string, Record<string, string>>>;
    expect(Object.keys(picked)).toEqual(["common", "registration"]);
    expect(Object.keys(picked.common)).toEqual(["forms"]);
    expect(picked.common.forms.errorTitlePrefix).toBe(loadMessages("en").common.forms.errorTitlePrefix);
    expect(picked.registration.state.seatsLeft).toBeUndefined();
    expect(picked.registration.fields.consent).toBe(loadMessages("en").registration.fields.consent);
  });

  it("refuses a path that is not in the catalogue", () => {
    expect(() => pickTexts(loadMessages("de") as never, ["common.nothing"])).toThrow();
  });
});
