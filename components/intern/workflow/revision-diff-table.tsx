import { getTranslations } from "next-intl/server";
import type { RevisionDiffRow } from "@/lib/event-admin/revision-diff";

/** A change that waits for review, field by field: the published value and the proposed one. */
export async function RevisionDiffTable({ rows }: { rows: RevisionDiffRow[] }) {
  const t = await getTranslations("internWorkflow.review");
  const value = (text: string) => (text === "" ? <span className="text-muted">{t("emptyValue")}</span> : <span className="whitespace-pre-line">{text}</span>);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("diffCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">{t("field")}</th>
            <th scope="col" className="py-2 pr-4">{t("before")}</th>
            <th scope="col" className="py-2 pr-4">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} className="border-b border-line align-top" data-testid={`change-${r.field}`}>
              <th scope="row" className="py-2 pr-4">{r.label}</th>
              <td className="py-2 pr-4">
                <del className="no-underline">{value(r.before)}</del>
              </td>
              <td className="py-2 pr-4">
                <ins className="no-underline font-semibold">{value(r.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
