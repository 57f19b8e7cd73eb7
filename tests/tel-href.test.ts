import { describe, expect, it } from "vitest";
import { telHref } from "@/lib/util/tel-href";

describe("tel: links", () => {
  it("dials what people write", () => {
    expect(telHref("06131 000101")).toBe("tel:06131000101");
    expect(telHref("+49 (0)6131 / 123-45")).toBe("tel:+49613112345");
    expect(telHref("(06131) 12.34.56")).toBe("tel:06131123456");
  });

  it("gives no link for text that is not a number", () => {
    for (const text of [null, undefined, "", "auf Anfrage", "12", "06131 000101 oder 0170 1", "javascript:alert(1)"]) expect(telHref(text)).toBeNull();
  });
});
