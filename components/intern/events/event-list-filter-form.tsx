import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { eventStatuses } from "@/db/schema/events";
import type { EventListFilter } from "@/lib/event-admin/event-list-filter";
import type { eventListFilterOptions } from "@/lib/event-admin/event-list-query";

type Options = Awaited<ReturnType<typeof eventListFilterOptions>>;

function Select({ name, label, value, options, allLabel }: { name: string; label: string; value?: string | number; options: { value: string; label: string }[]; allLabel?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className="field">
        {allLabel && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's filters as a plain GET form: works without JavaScript; the URL can be bookmarked. */
export async function EventListFilterForm({ filter, options }: { filter: EventListFilter; options: Options }) {
  const t = await getTranslations("internEvents");
  return (
    <form method="get" action="/intern/veranstaltungen" role="search" aria-labelledby="filter-heading" className="mb-8 rounded border border-line bg-soft p-4">
      <h2 id="filter-heading" className="mb-3 text-lg font-bold">
        {t("filters.heading")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="filter-q" className="mb-1 block font-semibold">
            {t("filters.search")}
          </label>
          <input id="filter-q" type="search" name="q" defaultValue={filter.q ?? ""} maxLength={200} className="field" />
        </div>
        <Select name="status" label={t("filters.status")} value={filter.status} allLabel={t("filters.all")} options={eventStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <Select name="format" label={t("filters.format")} value={filter.format} allLabel={t("filters.all")} options={options.formats.map((o) => ({ value: String(o.id), label: o.name }))} />
        {options.organisations.length > 0 && (
          <Select name="organisation" label={t("filters.organisation")} value={filter.organisation} allLabel={t("filters.all")} options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))} />
        )}
        <Select
          name="zeit"
          label={t("filters.time")}
          value={filter.zeit ?? "kommend"}
          options={[
            { value: "kommend", label: t("filters.upcoming") },
            { value: "vergangen", label: t("filters.past") },
            { value: "alle", label: t("filters.all") },
          ]}
        />
        {(["von", "bis"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="mb-1 block font-semibold">
              {t(name === "von" ? "filters.from" : "filters.until")}
            </label>
            <input id={`filter-${name}`} type="date" name={name} defaultValue={filter[name] ?? ""} className="field" />
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="btn">
          {t("filters.submit")}
        </button>
        <Link href="/intern/veranstaltungen" className="inline-flex min-h-11 items-center">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
