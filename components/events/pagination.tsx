import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous / next page links that keep the current filters; `hrefFor` gives app paths (Link adds /en). */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("calendar.pagination");
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="btn btn-secondary" rel="prev">
          {t("previous")}
        </Link>
      )}
      <p aria-current="page">{t("status", { page, pageCount })}</p>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className="btn btn-secondary" rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
