import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { withoutFiltersHref } from "@/lib/events/filter-chips";
import { hasNarrowingFilter, narrowingKeys, type CalendarFilter } from "@/lib/events/filters";
import type { listFilterOptions } from "@/lib/events/public-queries";
import { languageName } from "./language-name";

type Options = Awaited<ReturnType<typeof listFilterOptions>>;

function Select({ name, label, value, options, allLabel }: { name: string; label: string; value?: string; options: { value: string; label: string }[]; allLabel: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="field">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input id={`filter-${name}`} type="checkbox" name={name} value="1" defaultChecked={checked} className="size-6 accent-accent" />
      <label htmlFor={`filter-${name}`}>{label}</label>
    </div>
  );
}

/**
 * The calendar's filters as a plain GET form: works without JavaScript, and the resulting URL can be
 * shared or bookmarked. The current view (list, month, past) is kept in hidden fields. The search box
 * stays visible on every width; the other filters fold away in a <details> (no JavaScript needed),
 * closed also after filtering, so that on a phone the count, the active filters (removable, see
 * ActiveFilters) and the results come right after it. Closed fields are still sent with the form.
 */
export async function FilterForm({ filter, options }: { filter: CalendarFilter; options: Options }) {
  const t = await getTranslations("calendar.filters");
  const tEvent = await getTranslations("event");
  // A plain GET form: its action is the list in the page's language (/en/veranstaltungen on English pages).
  const action = getPathname({ href: "/veranstaltungen", locale: await getLocale() });
  const activeMore = narrowingKeys.filter((k) => k !== "q" && filter[k] !== undefined).length;
  return (
    <form method="get" action={action} role="search" aria-label={t("heading")} className="mb-6">
      {filter.ansicht && <input type="hidden" name="ansicht" value={filter.ansicht} />}
      {filter.monat && <input type="hidden" name="monat" value={filter.monat} />}
      {filter.zeit && <input type="hidden" name="zeit" value={filter.zeit} />}
      <div className="mb-3">
        <label htmlFor="filter-q" className="mb-1 block font-semibold">
          {t("search")}
        </label>
        <p id="filter-q-hint" className="mb-1 text-sm text-muted">
          {t("searchHint")}
        </p>
        <div className="flex gap-2">
          <input id="filter-q" type="search" name="q" defaultValue={filter.q ?? ""} aria-describedby="filter-q-hint" className="field" maxLength={200} />
          <button type="submit" className="btn shrink-0">
            {t("searchSubmit")}
          </button>
        </div>
      </div>
      <details className="rounded border border-line bg-soft">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-bold">
          {activeMore > 0 ? t("moreActive", { count: activeMore }) : t("more")}
        </summary>
        <div className="px-4 pb-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Select name="format" label={t("format")} value={filter.format} allLabel={t("all")} options={options.formats.map((f) => ({ value: f.slug, label: f.name }))} />
            <Select name="thema" label={t("topic")} value={filter.thema} allLabel={t("all")} options={options.topics.map((f) => ({ value: f.slug, label: f.name }))} />
            <Select name="traeger" label={t("provider")} value={filter.traeger} allLabel={t("all")} options={options.organisations.map((f) => ({ value: f.slug, label: f.name }))} />
            <Select name="sprache" label={t("language")} value={filter.sprache} allLabel={t("all")} options={options.languages.map((code) => ({ value: code, label: languageName(tEvent, code) }))} />
            <div>
              <label htmlFor="filter-von" className="mb-1 block font-semibold">
                {t("from")}
              </label>
              <input id="filter-von" type="date" name="von" defaultValue={filter.von ?? ""} className="field" />
            </div>
            <div>
              <label htmlFor="filter-bis" className="mb-1 block font-semibold">
                {t("until")}
              </label>
              <input id="filter-bis" type="date" name="bis" defaultValue={filter.bis ?? ""} className="field" />
            </div>
          </div>
          <fieldset className="mt-4">
            <legend className="font-semibold">{t("options")}</legend>
            <Check name="frei" label={t("free")} checked={filter.frei === "1"} />
            <Check name="barrierefrei" label={t("accessible")} checked={filter.barrierefrei === "1"} />
            <Check name="online" label={t("online")} checked={filter.online === "1"} />
          </fieldset>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className="btn">
              {t("submit")}
            </button>
            {hasNarrowingFilter(filter) && (
              <Link href={withoutFiltersHref(filter)} className="inline-flex min-h-11 items-center">
                {t("reset")}
              </Link>
            )}
          </div>
        </div>
      </details>
    </form>
  );
}
