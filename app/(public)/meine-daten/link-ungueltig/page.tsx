import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestLinkForm } from "@/components/privacy/request-link-form";
import { ClientTexts } from "@/lib/i18n/client-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.invalidLink");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** Where a used, expired or wrong "Meine Daten" link leads: what happened, and a new link. */
export default async function InvalidLinkPage() {
  const t = await getTranslations("privacy.invalidLink");
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("text")}</p>
      <p className="mb-4">{t("again")}</p>
      <ClientTexts paths={["privacy.request"]}>
        <RequestLinkForm />
      </ClientTexts>
    </div>
  );
}
