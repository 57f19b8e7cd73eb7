import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdaptNote } from "@/components/legal/adapt-note";
import { BindingVersion } from "@/components/legal/binding-version";
import { LegalSection } from "@/components/legal/legal-section";
import { legalValues } from "@/components/legal/legal-values";
import { OfficeAddress } from "@/components/legal/office-address";
import { city } from "@/lib/config/city";
import { startOfLocalDay } from "@/lib/dates/berlin";
import { formatLongDate } from "@/lib/dates/format";
import { privacyNoticeFacts } from "@/lib/privacy/notice-facts";

/** Text-only parts of the privacy notice in page order: catalogue key and the anchor in the URL. */
const sections = [
  ["dpo", "ansprechperson"],
  ["browsing", "website-besuchen"],
  ["noTracking", "keine-cookies"],
  ["registration", "anmeldung"],
  ["supervision", "supervision"],
  ["attendance", "teilnahme"],
  ["consent", "einwilligung"],
  ["recipients", "empfaenger"],
  ["email", "e-mails"],
  ["auditLog", "protokoll"],
  ["retention", "speicherdauer"],
  ["selfService", "eigene-daten"],
  ["rights", "rechte"],
  ["changes", "aenderungen"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.privacy");
  return { title: t("title") };
}

/**
 * Datenschutzerklärung nach Art. 13 DSGVO for visitors and for people who register. The periods
 * it names (months until anonymisation, days a mail copy is kept, …) come from the settings the
 * system acts on (lib/privacy/notice-facts.ts), so that text and behaviour cannot drift apart.
 */
export default async function PrivacyPage() {
  const values = { ...legalValues, ...privacyNoticeFacts() };
  const common = await getTranslations("legal");
  const t = await getTranslations("legal.privacy");
  const headings = sections.map(([key, anchor]) => ({ key, anchor, heading: t(`sections.${key}.heading`) }));
  return (
    <div className="prose-text">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <BindingVersion path="/datenschutz" />
      <p className="font-semibold">{t("version", { date: formatLongDate(startOfLocalDay(city.legal.privacyVersion), await getLocale()) })}</p>
      <AdaptNote>{common("templateNote")}</AdaptNote>
      <p>{t("intro")}</p>

      <nav aria-labelledby="inhalt-der-seite">
        <p id="inhalt-der-seite" className="font-semibold">
          {t("tocLabel")}
        </p>
        <ul>
          <li>
            <a href="#kurz">{t("summary.heading")}</a>
          </li>
          <li>
            <a href="#verantwortlich">{t("controller.heading")}</a>
          </li>
          {headings.map(({ key, anchor, heading }) => (
            <li key={key}>
              <a href={`#${anchor}`}>{heading}</a>
            </li>
          ))}
        </ul>
      </nav>

      <LegalSection id="kurz" heading={t("summary.heading")}>
        {t.rich("summary.body", values)}
      </LegalSection>

      <LegalSection id="verantwortlich" heading={t("controller.heading")}>
        {t.rich("controller.body", legalValues)}
        <OfficeAddress />
        {t.rich("controller.after", legalValues)}
      </LegalSection>

      {headings.map(({ key, anchor, heading }) => (
        <LegalSection key={key} id={anchor} heading={heading}>
          {t.rich(`sections.${key}.body`, values)}
        </LegalSection>
      ))}
    </div>
  );
}
