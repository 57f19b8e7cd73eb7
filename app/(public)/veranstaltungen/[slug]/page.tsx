import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getPathname, Link, permanentRedirect } from "@/lib/i18n/navigation";
import { LocalizedText } from "@/components/events/localized-text";
import { eventText } from "@/lib/events/event-text";
import { eventPageMetadata } from "@/lib/events/event-page-metadata";
import { EventDescription } from "@/components/events/event-description";
import { EventFacts } from "@/components/events/event-facts";
import { RegisterCall } from "@/components/events/register-call";
import { RegistrationSection } from "@/components/registration/registration-section";
import { eventJsonLd, serializeJsonLd } from "@/lib/events/json-ld";
import { listReturnPath, listReturnValue, RETURN_PARAM, returnFilter, withListReturn } from "@/lib/events/list-return";
import { getPublicEvent } from "@/lib/events/public-queries";
import { registrationDeadline } from "@/lib/events/rules";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await getPublicEvent((await params).slug);
  if (!e) return {};
  return eventPageMetadata(e.event, "/veranstaltungen", await getLocale());
}

export default async function EventPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const back = (await searchParams)[RETURN_PARAM];
  const e = await getPublicEvent(slug);
  if (!e) notFound();
  const locale = await getLocale();
  // Supervision groups have their own page with the application form (308, so links keep working).
  if (e.format.isSupervision) {
    const backFilter = returnFilter(back);
    permanentRedirect({ href: withListReturn(`/supervision/${e.event.slug}`, backFilter ? listReturnValue(backFilter) : undefined), locale });
  }
  const t = await getTranslations("event");
  const now = new Date();
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(eventJsonLd(e)) }} />
      <p className="mb-4">
        <Link href={listReturnPath(back)}>
          <span aria-hidden="true">← </span>
          {t("breadcrumb")}
        </Link>
      </p>
      <p className="mb-1 font-semibold text-accent">
        <LocalizedText value={eventText(locale, e.format.name)} />
      </p>
      <h1 className="mb-4 text-3xl font-bold leading-tight">
        <LocalizedText value={eventText(locale, e.event.title, e.event.titleEn)} />
      </h1>
      <RegisterCall event={e.event} sessions={e.sessions} seatsTaken={e.seatsTaken} now={now} supervision={false} deadline={registrationDeadline(e.event)} anchor="anmeldung" texts="event.registerCall" />
      {e.event.status === "cancelled" && (
        <div role="note" className="mb-6 border-l-8 border-ink bg-soft p-4">
          <p className="font-bold">{t("cancelledBanner")}</p>
          {e.event.cancellationReason && (
            <p>
              {t.rich("cancelledReason", { reason: e.event.cancellationReason, de: (chunks) => <span lang={locale === "de" ? undefined : "de"}>{chunks}</span> })}
            </p>
          )}
        </div>
      )}
      <p className="prose-text mb-6 text-xl">
        <LocalizedText value={eventText(locale, e.event.summary, e.event.summaryEn)} />
      </p>
      <h2 className="sr-only">{t("facts")}</h2>
      <EventFacts e={e} now={now} />
      <EventDescription text={e.event.description} />
      <RegistrationSection event={e} now={now} />
      {/* Lower down on purpose: the first screen is for registering; the mail brings the entry too. */}
      <p className="mt-6">
        <a href={getPathname({ href: `/veranstaltungen/${e.event.slug}/kalender.ics`, locale })} className="inline-flex min-h-11 items-center" download>
          {t("addToCalendar")}
        </a>
      </p>
    </article>
  );
}
