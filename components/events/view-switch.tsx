import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { filterToQuery, type CalendarFilter } from "@/lib/events/filters";

/** Links between the list, the month grid and past events; the filters stay. */
export async function ViewSwitch({ filter, current, month }: { filter: CalendarFilter; current: "list" | "month" | "past"; month: string }) {
  const t = await getTranslations("calendar.views");
  const base = { seite: undefined, ansicht: undefined, monat: undefined, zeit: undefined };
  const views = [
    { key: "list", label: t("list"), href: `/veranstaltungen${filterToQuery(filter, base)}` },
    { key: "month", label: t("month"), href: `/veranstaltungen${filterToQuery(filter, { ...base, ansicht: "monat", monat: month })}` },
    { key: "past", label: t("past"), href: `/veranstaltungen${filterToQuery(filter, { ...base, zeit: "vergangen" })}` },
  ] as const;
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {views.map((v) => (
          <li key={v.key}>
            <Link
              href={v.href}
              aria-current={v.key === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded border-2 px-4 font-semibold no-underline ${v.key === current ? "border-accent bg-accent text-white hover:text-white" : "border-accent text-accent"}`}
            >
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
