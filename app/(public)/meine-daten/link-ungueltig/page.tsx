import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestLinkForm } from "@/components/privacy/request-link-form";
import { ClientMessages } from "@/lib/i18n/client-messages";

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
      <ClientMessages namespaces={["privacy", "common"]}>
        <RequestLinkForm />
      </ClientMessages>
    </div>
  );
}
