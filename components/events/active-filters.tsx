import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatLongDate } from "@/lib/dates/format";
import { activeFilterChips, withoutFiltersHref } from "@/lib/events/filter-chips";
import type { CalendarFilter } from "@/lib/events/filters";
import type { listFilterOptions } from "@/lib/events/public-queries";
import { languageName } from "./language-name";

type Options = Awaited<ReturnType<typeof listFilterOptions>>;

/**
 * The active filters above the results, each a link to the same list without it ("×"), so that
 * after filtering one sees at once what narrowed the list and can widen it again without opening
 * the filter panel. Nothing when no filter is active.
 */
export async function ActiveFilters({ filter, options }: { filter: CalendarFilter; options: Options }) {
  const t = await getTranslations("calendar.chips");
  const tEvent = await getTranslations("event");
  const locale = await getLocale();
  const chips = activeFilterChips(filter, options, (iso) => formatLongDate(new Date(`${iso}T12:00:00Z`), locale));
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      <h3 id="aktive-filter" className="sr-only">
        {t("heading")}
      </h3>
      <ul aria-labelledby="aktive-filter" className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link href={chip.href} className="inline-flex min-h-11 items-center gap-2 rounded-full border-2 border-accent bg-white px-3 py-1 font-semibold no-underline hover:bg-soft" data-chip={chip.key}>
              <span className="sr-only">{t("remove")} </span>
              {t(chip.key, { value: chip.key === "sprache" ? languageName(tEvent, chip.value) : chip.value })}
              <span aria-hidden="true" className="text-xl leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <Link href={withoutFiltersHref(filter)} className="inline-flex min-h-11 items-center px-2">
          {t("removeAll")}
        </Link>
      )}
    </div>
  );
}
