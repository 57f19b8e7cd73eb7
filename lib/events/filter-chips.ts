import { filterToQuery, narrowingKeys, type CalendarFilter } from "./filters";

type NarrowingKey = (typeof narrowingKeys)[number];

/**
 * One active filter of the calendar as a removable chip: its key (for the label in the catalogue,
 * calendar.chips.<key>), the value people recognise (a format's name, not its slug), and the list
 * address without this filter. View, month and time stay; the page number goes (the result changes).
 */
export type FilterChip = { key: NarrowingKey; value: string; href: string };

type Names = {
  formats: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  organisations: { slug: string; name: string }[];
};

export function activeFilterChips(filter: CalendarFilter, names: Names, formatDate: (isoDate: string) => string): FilterChip[] {
  const nameOf = (list: { slug: string; name: string }[], slug: string) => list.find((x) => x.slug === slug)?.name ?? slug;
  const shown = (key: NarrowingKey, raw: string): string => {
    switch (key) {
      case "format":
        return nameOf(names.formats, raw);
      case "thema":
        return nameOf(names.topics, raw);
      case "traeger":
        return nameOf(names.organisations, raw);
      case "von":
      case "bis":
        return formatDate(raw);
      default:
        return raw; // q as typed; sprache as its code (the page names the language); flags "1"
    }
  };
  const chips: FilterChip[] = [];
  for (const key of narrowingKeys) {
    const raw = filter[key];
    if (raw === undefined) continue;
    chips.push({ key, value: shown(key, String(raw)), href: `/veranstaltungen${filterToQuery(filter, { [key]: undefined, seite: undefined })}` });
  }
  return chips;
}

/** The list without any narrowing filter, keeping the view (list, month, past). */
export function withoutFiltersHref(filter: CalendarFilter): string {
  const cleared = Object.fromEntries(narrowingKeys.map((k) => [k, undefined]));
  return `/veranstaltungen${filterToQuery(filter, { ...cleared, seite: undefined })}`;
}
