import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LocalizedText } from "@/components/events/localized-text";
import { eventText } from "@/lib/events/event-text";
import { eventPageMetadata } from "@/lib/events/event-page-metadata";
import { ApplicationSection } from "@/components/supervision/application-section";
import { GroupFacts } from "@/components/supervision/group-facts";
import { RegisterCall } from "@/components/events/register-call";
import { listReturnPath, RETURN_PARAM, returnFilter } from "@/lib/events/list-return";
import { applicationDeadline } from "@/lib/supervision/public-rules";
import { serializeJsonLd } from "@/lib/events/json-ld";
import { supervisionGroupJsonLd } from "@/lib/supervision/public-json-ld";
import { getPublicSupervisionGroup } from "@/lib/supervision/public-queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await getPublicSupervisionGroup((await params).slug);
  if (!group) return {};
  return eventPageMetadata(group.event, "/supervision", await getLocale());
}

/** One supervision group: every fact and session date, and the application form. No member names. */
export default async function SupervisionGroupPage({ params, searchParams }: Props) {
  const group = await getPublicSupervisionGroup((await params).slug);
  if (!group) notFound();
  const t = await getTranslations("supervision.group");
  const tFacts = await getTranslations("supervision.facts");
  const locale = await getLocale();
  const now = new Date();
  // Came from a filtered calendar list (?zurueck=…): back to that list; otherwise to the groups.
  const fromList = returnFilter((await searchParams)[RETURN_PARAM]) !== null;
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(supervisionGroupJsonLd(group, now)) }} />
      <p className="mb-4">
        <Link href={fromList ? listReturnPath((await searchParams)[RETURN_PARAM]) : "/supervision"}>
          <span aria-hidden="true">← </span>
          {fromList ? t("breadcrumbList") : t("breadcrumb")}
        </Link>
      </p>
      <p className="mb-1 font-semibold text-accent">
        <LocalizedText value={eventText(locale, group.format.name)} />
      </p>
      <h1 className="mb-4 text-3xl font-bold leading-tight">
        <LocalizedText value={eventText(locale, group.event.title, group.event.titleEn)} />
      </h1>
      <RegisterCall event={group.event} sessions={group.sessions} seatsTaken={group.seatsTaken} now={now} supervision deadline={applicationDeadline(group.event)} anchor="bewerbung" texts="supervision.registerCall" />
      {group.event.status === "cancelled" && (
        <div role="note" className="mb-6 border-l-8 border-ink bg-soft p-4">
          <p className="font-bold">{t("cancelledBanner")}</p>
        </div>
      )}
      <p className="prose-text mb-6 text-xl">
        <LocalizedText value={eventText(locale, group.event.summary, group.event.summaryEn)} />
      </p>
      <h2 className="sr-only">{tFacts("heading")}</h2>
      <GroupFacts group={group} now={now} full />
      <section aria-labelledby="beschreibung" className="prose-text">
        <h2 id="beschreibung" className="mb-2 text-xl font-bold">
          {t("description")}
        </h2>
        {/* Written in German only: marked on English pages. */}
        <div lang={locale === "de" ? undefined : "de"}>
          {group.event.description.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i} className="mb-4 whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
        <p className="mb-4 border-l-8 border-line bg-soft p-4">{t("confidential")}</p>
      </section>
      <ApplicationSection group={group} now={now} />
    </article>
  );
}
