import Link from "next/link";
import { SkipLink } from "@/components/layout/skip-link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/intern/anmelden/actions";
import { currentActor } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/access";
import { city } from "@/lib/config/city";

/** Header of the signed-in area: what the person's role may open, and signing out. */
export async function InternHeader() {
  const t = await getTranslations("intern");
  const actor = await currentActor();
  const links: { href: string; label: string }[] = [];
  if (actor) {
    links.push({ href: "/intern", label: t("nav.overview") }, { href: "/intern/veranstaltungen", label: t("nav.events") }, { href: "/intern/statistik", label: t("nav.statistics") });
    if (isCoordinator(actor)) {
      links.push(
        { href: "/intern/pruefung", label: t("nav.review") },
        { href: "/intern/organisationen", label: t("nav.organisations") },
        { href: "/intern/konten", label: t("nav.accounts") },
        { href: "/intern/listen", label: t("nav.lists") },
        { href: "/intern/protokoll", label: t("nav.audit") },
      );
    } else {
      if (actor.role === "org_admin") links.push({ href: "/intern/konten", label: t("nav.accounts") });
      links.push({ href: "/intern/protokoll", label: t("nav.audit") });
    }
  }
  const navList = (
    <ul className="flex flex-col gap-x-5 md:flex-row md:flex-wrap">
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href} className="inline-flex min-h-11 items-center font-semibold">
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  const signOut = (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 font-semibold text-accent underline">
        {t("nav.signOut")}
      </button>
    </form>
  );
  return (
    <header className="border-b-8 border-accent bg-soft">
      <SkipLink label={t("skipLink")} />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-1 md:py-3">
        <Link href={actor ? "/intern" : "/"} className="flex min-h-11 flex-col justify-center text-ink no-underline">
          {/* On a phone the programme's name gives way to the work (the check-in list). */}
          <span className="hidden text-sm font-semibold uppercase tracking-wide text-accent md:inline">{`${city.programmeName} · ${city.name}`}</span>
          <span className="text-lg font-bold leading-tight">{t("title")}</span>
        </Link>
        {actor ? (
          <>
            <div className="hidden flex-wrap items-center gap-x-4 text-sm md:flex">
              <span>{t("nav.signedInAs", { name: actor.name, organisation: actor.organisationName })}</span>
              {signOut}
            </div>
            {/* Small widths: signing out stays at hand, the navigation folds into a menu (no JavaScript needed). */}
            <div className="flex items-center gap-x-4 md:hidden">{signOut}</div>
          </>
        ) : (
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold">
            {t("nav.publicSite")}
          </Link>
        )}
      </div>
      {actor && (
        <>
          <details className="mx-auto max-w-6xl px-4 pb-1 md:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold">{t("nav.menu")}</summary>
            <nav aria-label={t("nav.label")} className="pb-2">
              {navList}
              <p className="mt-2 text-sm">{t("nav.signedInAs", { name: actor.name, organisation: actor.organisationName })}</p>
            </nav>
          </details>
          <nav aria-label={t("nav.label")} className="mx-auto hidden max-w-6xl px-4 pb-2 md:block">
            {navList}
          </nav>
        </>
      )}
    </header>
  );
}
