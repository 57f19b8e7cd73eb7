import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { city } from "@/lib/config/city";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  // A file, not a page: a plain link, in the page's language (/en/kalender.ics on English pages).
  const locale = await getLocale();
  const feed = getPathname({ href: "/kalender.ics", locale });
  // The city's own words (phone hours, funding line) are German: marked on English pages.
  const de = locale === "de" ? undefined : "de";
  const german = (chunks: React.ReactNode) => <span lang={de}>{chunks}</span>;
  return (
    <footer className="no-print mt-16 border-t border-line bg-soft">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:grid-cols-2">
        <div>
          <h2 className="mb-2 text-base font-bold">{t("contactHeading")}</h2>
          <p>
            {city.office.name}
            <br />
            {city.office.street}, {city.office.postalCode} {city.office.city}
            <br />
            <a href={`tel:${city.office.phoneHref}`}>{city.office.phone}</a>
            <br />
            <a href={`mailto:${city.office.email}`}>{city.office.email}</a>
          </p>
          <p className="mt-2 text-sm text-muted">{t.rich("hours", { hours: city.office.hours, de: german })}</p>
        </div>
        <div>
          <nav aria-label={t("legalNav")}>
            <ul className="space-y-1">
              <li><Link href="/impressum" className="inline-flex min-h-11 items-center">{t("imprint")}</Link></li>
              <li><Link href="/datenschutz" className="inline-flex min-h-11 items-center">{t("privacy")}</Link></li>
              <li><Link href="/meine-daten" className="inline-flex min-h-11 items-center">{t("myData")}</Link></li>
              <li><Link href="/barrierefreiheit" className="inline-flex min-h-11 items-center">{t("accessibility")}</Link></li>
              <li><a href={feed} className="inline-flex min-h-11 items-center">{t("feed")}</a></li>
              <li><a href="/api/v1/openapi.json" className="inline-flex min-h-11 items-center">{t("api")}</a></li>
            </ul>
          </nav>
          <p className="mt-4 text-sm text-muted" lang={de}>
            {city.funding}
          </p>
        </div>
      </div>
    </footer>
  );
}
