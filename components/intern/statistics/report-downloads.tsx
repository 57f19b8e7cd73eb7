import { getTranslations } from "next-intl/server";

/**
 * Links to the funding report for the filter shown (routes: /intern/statistik/bericht.xlsx and
 * .pdf), and a small GET form for the same reports with the free-text feedback included.
 */
export async function ReportDownloads({ params }: { params: URLSearchParams }) {
  const t = await getTranslations("statistics.page.downloads");
  const query = params.toString();
  const href = (ext: "xlsx" | "pdf") => `/intern/statistik/bericht.${ext}${query ? `?${query}` : ""}`;
  return (
    <section aria-labelledby="statistik-bericht" className="mb-8">
      <h2 id="statistik-bericht" className="mb-2 text-2xl font-bold">{t("heading")}</h2>
      <p className="mb-4 max-w-prose">{t("text")}</p>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={href("xlsx")} className="inline-flex min-h-11 items-center font-semibold">
            {t("xlsx")}
          </a>
        </li>
        <li>
          <a href={href("pdf")} className="inline-flex min-h-11 items-center font-semibold">
            {t("pdf")}
          </a>
        </li>
      </ul>
      <form method="get" action="/intern/statistik/bericht.xlsx" aria-labelledby="statistik-freitext" className="max-w-prose border-2 border-line p-4">
        <h3 id="statistik-freitext" className="mb-2 text-lg font-bold">{t("optionsHeading")}</h3>
        {[...params.entries()].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="mb-4 flex items-start gap-3">
          <input id="statistik-freitext-feld" type="checkbox" name="freitext" value="1" aria-describedby="statistik-freitext-hinweis" className="mt-1 h-6 w-6 shrink-0" />
          <div>
            <label htmlFor="statistik-freitext-feld" className="font-semibold">{t("freeText")}</label>
            <p id="statistik-freitext-hinweis" className="text-sm">{t("freeTextHint")}</p>
          </div>
        </div>
        <div className="flex flex-wrap gap-4">
          <button type="submit" className="btn">{t("xlsxButton")}</button>
          <button type="submit" formAction="/intern/statistik/bericht.pdf" className="btn btn-secondary">{t("pdfButton")}</button>
        </div>
      </form>
    </section>
  );
}
