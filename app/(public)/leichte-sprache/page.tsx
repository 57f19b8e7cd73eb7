import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalSection } from "@/components/legal/legal-section";
import { plainAccessValues } from "@/components/plain-access/rich-values";

/** The parts in page order: catalogue key and anchor. */
const sections = [
  ["offer", "angebot"],
  ["navigate", "zurechtfinden"],
  ["accessibility", "barriere-freiheit"],
  ["more", "mehr-infos"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plainAccess.easy");
  return { title: t("title") };
}

/**
 * The site explained in Leichte Sprache (BITV 2.0 § 4 and Anlage 2 Teil 2): what it offers, how to
 * find one's way, the essentials of the accessibility statement, where more information is.
 */
export default async function EasyLanguagePage() {
  const t = await getTranslations("plainAccess.easy");
  return (
    <div className="prose-text text-lg">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {sections.map(([key, anchor]) => (
        <LegalSection key={key} id={anchor} heading={t(`${key}.heading`)}>
          {t.rich(`${key}.body`, plainAccessValues)}
        </LegalSection>
      ))}
    </div>
  );
}
