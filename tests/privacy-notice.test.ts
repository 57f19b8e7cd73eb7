import { afterAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { city } from "@/lib/config/city";
import { reloadSettingsForTests } from "@/lib/config/env";
import { loadMessages } from "@/lib/i18n/messages";
import { OUTBOX_RETENTION_DAYS, privacyNoticeFacts } from "@/lib/privacy/notice-facts";

/**
 * Consent and notice: the privacy page states the periods the system acts on (from the settings,
 * not typed into the text), names what is stored and points to "Meine Daten". (That the forms
 * record the version agreed to: tests/consent-record.test.ts.)
 */

const messages = loadMessages("de");
const sectionKeys = Object.keys(messages.legal.privacy.sections) as (keyof typeof messages.legal.privacy.sections)[];

/** The privacy notice as text, with every value the page passes (tags kept as <name>…</name>). */
function noticeText(): string {
  // onError throws: a placeholder without a value would otherwise print the key.
  const t = createTranslator({ locale: "de", messages, namespace: "legal.privacy", onError: (error) => { throw error; } });
  const tags = Object.fromEntries(["p", "ul", "li", "adapt", "officeMail", "dpoMail", "authorityLink", "enforcementLink", "meineDaten"].map((name) => [name, (chunks: string) => `<${name}>${chunks}</${name}>`]));
  const values = {
    city: city.name,
    state: city.state,
    provider: city.legal.provider,
    representative: city.legal.representative,
    officeName: city.office.name,
    officeEmail: city.office.email,
    dpoName: city.legal.dataProtectionOfficer.name,
    dpoEmail: city.legal.dataProtectionOfficer.email,
    authorityName: city.legal.supervisoryAuthority.name,
    ...privacyNoticeFacts(),
    ...tags,
  };
  return [t.markup("summary.body", values), ...sectionKeys.map((key) => `${t(`sections.${key}.heading`)} ${t.markup(`sections.${key}.body`, values)}`)].join("\n");
}

afterAll(() => {
  reloadSettingsForTests({ RETENTION_MONTHS: undefined });
});

describe("the privacy notice", () => {
  it("states the configured retention months, in the summary and in the retention section", () => {
    reloadSettingsForTests({ RETENTION_MONTHS: "7" });
    const seven = noticeText();
    expect(seven.match(/7 Monate nach dem letzten Termin/g)).toHaveLength(2);
    expect(seven).not.toMatch(/\b(6|12) Monate/);
    reloadSettingsForTests({ RETENTION_MONTHS: "1" });
    expect(noticeText()).toContain("1 Monat nach dem letzten Termin");
    reloadSettingsForTests({ RETENTION_MONTHS: undefined });
    expect(noticeText()).toContain("12 Monate nach dem letzten Termin");
  });

  it("states how long mail copies and form counters are kept, from the same values the system uses", () => {
    reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_WINDOW_SECONDS: "1800", SIGNIN_RATE_LIMIT_WINDOW_SECONDS: "900" });
    const text = noticeText();
    expect(text).toContain(`${OUTBOX_RETENTION_DAYS} Tage nach dem Versand`);
    expect(text).toContain("höchstens 30 Minuten");
    expect(text).toContain("60 Minuten und nur einmal");
    reloadSettingsForTests({ REGISTRATION_RATE_LIMIT_WINDOW_SECONDS: undefined, SIGNIN_RATE_LIMIT_WINDOW_SECONDS: undefined });
  });

  it("names every category of stored data and how to use Meine Daten", () => {
    const text = noticeText();
    for (const category of [
      "Vor- und Nachnamen",
      "E-Mail-Adresse",
      "Telefonnummer",
      "Initiative",
      "Antworten",
      "gute Teilnahme brauchen",
      "Motivationstext",
      "an welchen Terminen Sie da waren",
      "Teilnahmebescheinigung",
      "Rückmeldung",
      "Kopie",
      "Protokoll der Änderungen",
      "Missbrauch der Formulare",
      "welche Fassung dieser Datenschutzerklärung galt",
      "Notiz",
    ]) {
      expect(text, category).toContain(category);
    }
    expect(text).toContain("<meineDaten>„Meine Daten“</meineDaten>");
    expect(text).toMatch(/herunterladen/);
    expect(text).toMatch(/löschen/);
  });
});
