import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { city } from "@/lib/config/city";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("notFoundTitle"), robots: { index: false, follow: false } };
}

/** Unknown, withdrawn and superseded codes all read the same (status 404): nothing to tell them apart. */
export default async function CertificateNotFound() {
  const t = await getTranslations("certificates.verify");
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">{t("notFoundTitle")}</h1>
      <p className="mb-4">{t("notFoundText")}</p>
      <p className="mb-4">
        <Link href="/bescheinigung" className="inline-flex min-h-11 items-center font-semibold">{t("tryAgain")}</Link>
      </p>
      <p>{t("questions", { office: city.office.name, email: city.office.email })}</p>
    </div>
  );
}
