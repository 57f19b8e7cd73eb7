import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parseSettings, reloadSettingsForTests, settings, settingsSchema, SettingsError } from "@/lib/config/env";

/** lib/config/env.ts: settings from the environment's own properties, checked, frozen, read once. */

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).SIGNIN_RATE_LIMIT_PER_ACCOUNT;
  delete (Object.prototype as Record<string, unknown>).PUBLIC_URL;
  reloadSettingsForTests();
});

describe("settings", () => {
  it("read only the environment's own properties: a value planted on Object.prototype is ignored", () => {
    (Object.prototype as Record<string, unknown>).SIGNIN_RATE_LIMIT_PER_ACCOUNT = "0";
    (Object.prototype as Record<string, unknown>).PUBLIC_URL = "https://evil.example";
    const s = parseSettings({ NODE_ENV: "production" });
    expect(s.SIGNIN_RATE_LIMIT_PER_ACCOUNT).toBe(3);
    expect(s.PUBLIC_URL).toBe("");
    // The result has no prototype either: a name that is not a setting reads undefined.
    expect((s as unknown as Record<string, unknown>).SOMETHING_ELSE).toBeUndefined();
    expect(Object.getPrototypeOf(s)).toBeNull();
  });

  it("are frozen, parsed once, and read again only when a test asks", () => {
    const s = reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_IP: "7" });
    expect(Object.isFrozen(s)).toBe(true);
    expect(() => ((s as Record<string, unknown>).REGISTRATION_RATE_LIMIT_PER_IP = 0)).toThrow(TypeError);
    process.env.REGISTRATION_RATE_LIMIT_PER_IP = "9";
    expect(settings().REGISTRATION_RATE_LIMIT_PER_IP).toBe(7);
    expect(reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_PER_IP: undefined }).REGISTRATION_RATE_LIMIT_PER_IP).toBe(20);
  });

  it("use the documented defaults when a variable is unset or empty", () => {
    const s = parseSettings({ SIGNIN_RATE_LIMIT_WINDOW_SECONDS: "", MAIL_SENDER_IN_SERVER: "" });
    expect(s).toMatchObject({ SIGNIN_RATE_LIMIT_WINDOW_SECONDS: 900, MAIL_SENDER_IN_SERVER: true, DEV_MAILBOX: false, REMINDER_HOURS_BEFORE: 48, TRUSTED_PROXY_HOPS: 0, PORT: 3000 });
    expect(parseSettings({ REGISTRATION_RATE_LIMIT_PER_IP: "0" }).REGISTRATION_RATE_LIMIT_PER_IP).toBe(0);
  });

  it("refuse a wrong value with the setting's name, and every wrong one at once", () => {
    expect(() => parseSettings({ SIGNIN_RATE_LIMIT_PER_ACCOUNT: "fünf" })).toThrow(SettingsError);
    expect(() => parseSettings({ SIGNIN_RATE_LIMIT_PER_ACCOUNT: "fünf" })).toThrow(/SIGNIN_RATE_LIMIT_PER_ACCOUNT/);
    let message = "";
    try {
      parseSettings({ PUBLIC_URL: "javascript:alert(1)", REGISTRATION_RATE_LIMIT_WINDOW_SECONDS: "0", TRUSTED_PROXY_HOPS: "-1", SMTP_URL: "http://mail", DEV_MAILBOX: "ja", APP_SECRET: "geheim-123" });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ["PUBLIC_URL", "REGISTRATION_RATE_LIMIT_WINDOW_SECONDS", "TRUSTED_PROXY_HOPS", "SMTP_URL", "DEV_MAILBOX"]) expect(message).toContain(name);
    // Values are not echoed: some settings are secrets.
    expect(message).not.toContain("http://mail");
  });

  it("are all documented in .env.example", () => {
    const example = readFileSync(".env.example", "utf8");
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const missing = Object.keys(settingsSchema.shape).filter((name) => name !== "NODE_ENV" && !documented.has(name));
    expect(missing).toEqual([]);
  });
});
