import { getTranslations } from "next-intl/server";
import type { Distribution } from "@/lib/feedback/summary";
import { formatShare } from "@/lib/feedback/format";

/**
 * How the answers to one rating question spread over 1–5: a table (read aloud by screen readers
 * like any table) with a bar per row as a visual aid only.
 */
export async function FeedbackDistribution({ id, question, labels, distribution, total }: { id: string; question: string; labels: string[]; distribution: Distribution; total: number }) {
  const t = await getTranslations("feedback.results");
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-2 text-xl font-bold">
        {question}
      </h2>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("distributionCaption", { question })}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">{t("valueColumn")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("countColumn")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("shareColumn")}</th>
            <td className="w-1/3" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {distribution.map((count, i) => (
            <tr key={i} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">{labels[i]}</th>
              <td className="py-2 pr-4 text-right">{count}</td>
              <td className="py-2 pr-4 text-right">{formatShare(count, total)}</td>
              <td aria-hidden="true" className="py-2">
                {/* SVG attributes, not an inline style: the content security policy allows no style attributes. */}
                <svg width="100%" height="16" className="block text-ink" focusable="false">
                  <rect width={`${total > 0 ? (count / total) * 100 : 0}%`} height="16" fill="currentColor" />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
