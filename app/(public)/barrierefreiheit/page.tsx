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

/** Text-only parts of the statement in page order: catalogue key and the anchor in the URL. */
const sections = [
  ["scope", "geltungsbereich"],
  ["status", "stand"],
  ["limitations", "nicht-barrierefrei"],
  ["method", "pruefung"],
  ["date", "datum"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.accessibility");
  return { title: t("title") };
}

/**
 * Erklärung zur Barrierefreiheit after the EU model statement (Durchführungsbeschluss 2018/1523):
 * status, what is not yet accessible, how it was assessed, feedback and enforcement.
 */
export default async function AccessibilityStatementPage() {
  const common = await getTranslations("legal");
  const t = await getTranslations("legal.accessibility");
  const values = { ...legalValues, date: formatLongDate(startOfLocalDay(city.legal.accessibilityStatementDate), await getLocale()) };
  return (
    <div className="prose-text">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <BindingVersion path="/barrierefreiheit" />
      <AdaptNote>{common("templateNote")}</AdaptNote>

      <section className="mb-8 border-l-4 border-accent bg-soft p-4 text-lg">
        <h2 id="kurz" className="mt-0">
          {t("easy.heading")}
        </h2>
        {t.rich("easy.body", values)}
      </section>

      {sections.map(([key, anchor]) => (
        <LegalSection key={key} id={anchor} heading={t(`sections.${key}.heading`)}>
          {t.rich(`sections.${key}.body`, values)}
        </LegalSection>
      ))}

      <LegalSection id="barrieren-melden" heading={t("feedback.heading")}>
        {t.rich("feedback.body", values)}
        <OfficeAddress />
        {t.rich("feedback.after", values)}
      </LegalSection>

      <LegalSection id="schlichtung" heading={t("enforcement.heading")}>
        {t.rich("enforcement.body", values)}
      </LegalSection>
    </div>
  );
}
