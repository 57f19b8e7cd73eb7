import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField, TextField } from "@/components/forms/fields";
import type { FilterOption } from "@/lib/statistics/filter-options";

type Values = Partial<Record<"jahr" | "quartal" | "monat" | "von" | "bis" | "traeger" | "format" | "thema", string>>;

/**
 * The period and filters of the statistics: a GET form, so that every view has a link of its own
 * and works without JavaScript. Shows what was typed again, with the error next to its field.
 */
export async function StatisticsFilterForm({ values, errors, options }: { values: Values; errors: Record<string, string>; options: { formats: FilterOption[]; topics: FilterOption[]; organisations: FilterOption[] } }) {
  const t = await getTranslations("statistics.page.filter");
  const select = (name: "traeger" | "format" | "thema", label: string, all: string, list: FilterOption[]) => (
    <SelectField name={name} label={label} defaultValue={values[name] ?? ""}>
      <option value="">{all}</option>
      {list.map((o) => (
        <option key={o.id} value={String(o.id)}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form method="get" role="search" aria-labelledby="statistik-filter" className="mb-8 border-2 border-line p-4">
      <h2 id="statistik-filter" className="mb-2 text-xl font-bold">{t("heading")}</h2>
      <p className="mb-4 max-w-prose text-sm">{t("hint")}</p>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <TextField name="jahr" label={t("year")} hint={t("yearHint")} inputMode="numeric" autoComplete="off" maxLength={4} defaultValue={values.jahr ?? ""} error={errors.jahr} />
        <SelectField name="quartal" label={t("quarter")} defaultValue={values.quartal ?? ""} error={errors.quartal}>
          <option value="">{t("quarterAll")}</option>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={String(q)}>
              {t("quarterOption", { quarter: q })}
            </option>
          ))}
        </SelectField>
        <TextField name="monat" label={t("month")} hint={t("monthHint")} type="month" defaultValue={values.monat ?? ""} error={errors.monat} />
        <TextField name="von" label={t("from")} type="date" defaultValue={values.von ?? ""} error={errors.von} />
        <TextField name="bis" label={t("to")} type="date" defaultValue={values.bis ?? ""} error={errors.bis} />
      </div>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        {options.organisations.length > 0 && select("traeger", t("organisation"), t("organisationAll"), options.organisations)}
        {select("format", t("format"), t("formatAll"), options.formats)}
        {select("thema", t("topic"), t("topicAll"), options.topics)}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">{t("submit")}</button>
        <Link href="/intern/statistik" className="inline-flex min-h-11 items-center">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
