import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="border-b-8 border-accent">
      <a href="#inhalt" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-3">
        {t("skipLink")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex min-h-11 flex-col justify-center text-ink no-underline">
          <span className="text-sm font-semibold uppercase tracking-wide text-accent">{`${t("cityPrefix")} ${city.name}`}</span>
          <span className="text-lg font-bold leading-tight">{city.programmeName}</span>
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-5">
            <li>
              <Link href="/veranstaltungen" className="inline-flex min-h-11 items-center font-semibold">
                {t("nav.events")}
              </Link>
            </li>
            <li>
              <Link href="/#so-gehts" className="inline-flex min-h-11 items-center font-semibold">
                {t("nav.about")}
              </Link>
            </li>
            <li>
              <Link href="/#kontakt" className="inline-flex min-h-11 items-center font-semibold">
                {t("nav.contact")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
