import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { deletedCountsSchema } from "@/lib/privacy/self-service-schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.deleted");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** After "Meine Daten löschen": what was done. */
export default async function DeletedPage({ searchParams }: Props) {
  const t = await getTranslations("privacy.deleted");
  const counts = deletedCountsSchema.parse(await searchParams);
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <div role="status" className="mb-6 border-l-8 border-ok bg-soft p-4">
        <ul>
          <li>{t("cancelled", { count: counts.abgesagt })}</li>
          <li>{t("anonymised", { count: counts.geloescht })}</li>
        </ul>
      </div>
      <p className="mb-6">{t("text")}</p>
      <Link href="/" className="inline-flex min-h-11 items-center">
        {t("home")}
      </Link>
    </div>
  );
}
