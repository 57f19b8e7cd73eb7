import { getTranslations } from "next-intl/server";
import type { AuditEntry as Entry } from "@/db/schema/audit";
import { auditActionLabelKey, auditStatusLabelKey } from "@/lib/audit/audit-actions";
import { formatDateTime } from "@/lib/dates/format";

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One entry of the audit log: when, who, what, which item, and the values before and after. */
export async function AuditEntry({ entry }: { entry: Entry }) {
  const t = await getTranslations("internOffice.audit");
  const roles = await getTranslations("intern.roles");
  // A readable label for every listed code (lib/audit/audit-actions.ts); anything else reads as a
  // neutral "Änderung", never as the raw code.
  const actionKey = auditActionLabelKey(entry.action);
  const known = actionKey !== null && t.has(actionKey as never) && typeof t.raw(actionKey as never) === "string";
  const action = known ? t(actionKey as never) : t("unknownAction");
  const fieldName = (key: string) => (/^[A-Za-z]+$/.test(key) && t.has(`fields.${key}` as never) ? t(`fields.${key}` as never) : key);
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("emptyValue");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (key === "role" && typeof value === "string" && roles.has(value as never)) return roles(value as never);
    if (key === "status" && typeof value === "string") {
      const statusKey = auditStatusLabelKey(value);
      return statusKey && t.has(statusKey as never) ? t(statusKey as never) : t("unknownStatus");
    }
    if (typeof value === "string" && isoInstant.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value));
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };
  const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return (
    <article className="border-b border-line py-4" aria-labelledby={`eintrag-${entry.id}`}>
      <h2 id={`eintrag-${entry.id}`} className="mb-2 text-lg font-bold">
        {t("entryHeading", { action, label: entry.label || "–" })}
      </h2>
      <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>
          <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
        </dd>
        <dt className="font-semibold">{t("who")}</dt>
        <dd>{entry.actorAccountId === null && entry.actorName === "System" ? t("system") : entry.actorName}</dd>
        <dt className="font-semibold">{t("what")}</dt>
        <dd>{action}</dd>
        <dt className="font-semibold">{t("item")}</dt>
        <dd>
          {t(`entityTypes.${entry.entityType}`)}: {entry.label || `#${entry.entityId}`}
        </dd>
      </dl>
      {keys.length > 0 && (
        <table className="reflow-table mt-2 w-full max-w-2xl border-collapse text-left text-sm">
          <caption className="sr-only">{t("changes")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-4">{t("field")}</th>
              <th scope="col" className="py-1 pr-4">{t("before")}</th>
              <th scope="col" className="py-1">{t("after")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-4 font-semibold">{fieldName(key)}</th>
                <td className="py-1 pr-4 break-words" data-label={t("before")}>{entry.before ? show(key, entry.before[key]) : t("emptyValue")}</td>
                <td className="py-1 break-words" data-label={t("after")}>{entry.after ? show(key, entry.after[key]) : t("emptyValue")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
