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
  return (
    <header className="border-b-8 border-accent bg-soft">
      <SkipLink label={t("skipLink")} />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={actor ? "/intern" : "/"} className="flex min-h-11 flex-col justify-center text-ink no-underline">
          <span className="text-sm font-semibold uppercase tracking-wide text-accent">{`${city.programmeName} · ${city.name}`}</span>
          <span className="text-lg font-bold leading-tight">{t("title")}</span>
        </Link>
        {actor ? (
          <div className="flex flex-wrap items-center gap-x-4 text-sm">
            <span>{t("nav.signedInAs", { name: actor.name, organisation: actor.organisationName })}</span>
            <form action={signOutAction}>
              <button type="submit" className="min-h-11 font-semibold text-accent underline">
                {t("nav.signOut")}
              </button>
            </form>
          </div>
        ) : (
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold">
            {t("nav.publicSite")}
          </Link>
        )}
      </div>
      {actor && (
        <nav aria-label={t("nav.label")} className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-5">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="inline-flex min-h-11 items-center font-semibold">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
