import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdaptNote } from "@/components/legal/adapt-note";
import { BindingVersion } from "@/components/legal/binding-version";
import { LegalSection } from "@/components/legal/legal-section";
import { legalValues } from "@/components/legal/legal-values";
import { OfficeAddress } from "@/components/legal/office-address";

/** Text-only parts of the imprint in page order: catalogue key and the anchor in the URL. */
const sections = [
  ["vat", "umsatzsteuer"],
  ["responsible", "verantwortlich"],
  ["links", "links"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legal.imprint");
  return { title: t("title") };
}

/** Angaben nach § 5 DDG und § 18 MStV. The data comes from lib/config/city.ts. */
export default async function ImprintPage() {
  const common = await getTranslations("legal");
  const t = await getTranslations("legal.imprint");
  return (
    <div className="prose-text">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <BindingVersion path="/impressum" />
      <AdaptNote>{common("templateNote")}</AdaptNote>
      <p>{t("intro")}</p>

      <LegalSection id="anbieter" heading={t("provider.heading")}>
        {t.rich("provider.body", legalValues)}
      </LegalSection>

      <LegalSection id="kontakt" heading={t("contact.heading")}>
        {t.rich("contact.body", legalValues)}
        <OfficeAddress />
        {t.rich("contact.after", legalValues)}
      </LegalSection>

      {sections.map(([key, anchor]) => (
        <LegalSection key={key} id={anchor} heading={t(`sections.${key}.heading`)}>
          {t.rich(`sections.${key}.body`, legalValues)}
        </LegalSection>
      ))}
    </div>
  );
}
