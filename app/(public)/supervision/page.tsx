import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocalizedText } from "@/components/events/localized-text";
import { eventText } from "@/lib/events/event-text";
import { GroupFacts } from "@/components/supervision/group-facts";
import { listPublicSupervisionGroups } from "@/lib/supervision/public-queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision.list");
  return { title: t("metaTitle"), description: t("intro") };
}

/** The open supervision groups, with a short explanation of how supervision works. */
export default async function SupervisionGroupsPage() {
  const t = await getTranslations("supervision.list");
  const locale = await getLocale();
  const now = new Date();
  const groups = await listPublicSupervisionGroups(now);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="prose-text mb-6 text-xl">{t("intro")}</p>
      <section aria-labelledby="so-gehts" className="prose-text mb-8 border-l-8 border-accent bg-soft p-4">
        <h2 id="so-gehts" className="mb-2 text-xl font-bold">
          {t("howHeading")}
        </h2>
        <ul className="list-disc pl-6">
          {(t.raw("how") as string[]).map((line) => (
            <li key={line} className="mb-1">
              {line}
            </li>
          ))}
        </ul>
      </section>
      <h2 className="mb-2 text-2xl font-bold">{t("groupsHeading")}</h2>
      {groups.length === 0 ? (
        <p className="prose-text">{t("none")}</p>
      ) : (
        <ul>
          {groups.map((g) => (
            <li key={g.event.id} className="border-t border-line py-4">
              <article>
                <h3 className="mb-1 text-xl font-bold leading-snug">
                  <Link href={`/supervision/${g.event.slug}`}>
                    <LocalizedText value={eventText(locale, g.event.title, g.event.titleEn)} />
                  </Link>
                </h3>
                <p className="mb-2">
                  <LocalizedText value={eventText(locale, g.event.summary, g.event.summaryEn)} /> <span className="text-muted">({t("sessions", { count: g.sessions.length })})</span>
                </p>
                <GroupFacts group={g} now={now} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
