import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SkipLink } from "@/components/layout/skip-link";
import { getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const tSupervision = await getTranslations("supervision");
  const tPlain = await getTranslations("plainAccess");
  return (
    <header className="border-b-8 border-accent">
      <SkipLink label={t("skipLink")} />
      {/* BITV 2.0 § 4: the explanations in Leichte Sprache and Gebärdensprache, from every page. */}
      <nav aria-label={tPlain("headerNav")} className="bg-soft">
        <ul className="mx-auto flex max-w-5xl flex-wrap justify-end gap-x-4 px-4 text-sm">
          <li>
            <Link href="/leichte-sprache" className="inline-flex min-h-8 items-center font-semibold">
              {tPlain("easyLink")}
            </Link>
          </li>
          <li>
            <Link href="/gebaerdensprache" className="inline-flex min-h-8 items-center font-semibold">
              {tPlain("signLink")}
            </Link>
          </li>
          <li>
            <LanguageSwitch className="inline-flex min-h-8 items-center font-semibold" />
          </li>
        </ul>
      </nav>
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
              <Link href="/supervision" className="inline-flex min-h-11 items-center font-semibold">
                {tSupervision("nav")}
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
