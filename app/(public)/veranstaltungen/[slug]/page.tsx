import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventDescription } from "@/components/events/event-description";
import { EventFacts } from "@/components/events/event-facts";
import { RegistrationSection } from "@/components/registration/registration-section";
import { eventJsonLd, serializeJsonLd } from "@/lib/events/json-ld";
import { getPublicEvent } from "@/lib/events/public-queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await getPublicEvent((await params).slug);
  if (!e) return {};
  return { title: e.event.title, description: e.event.summary };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const e = await getPublicEvent(slug);
  if (!e) notFound();
  // Supervision groups have their own page with the application form (308, so links keep working).
  if (e.format.isSupervision) permanentRedirect(`/supervision/${e.event.slug}`);
  const t = await getTranslations("event");
  const now = new Date();
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(eventJsonLd(e)) }} />
      <p className="mb-4">
        <Link href="/veranstaltungen">
          <span aria-hidden="true">← </span>
          {t("breadcrumb")}
        </Link>
      </p>
      <p className="mb-1 font-semibold text-accent">{e.format.name}</p>
      <h1 className="mb-4 text-3xl font-bold leading-tight">{e.event.title}</h1>
      {e.event.status === "cancelled" && (
        <div role="note" className="mb-6 border-l-8 border-ink bg-soft p-4">
          <p className="font-bold">{t("cancelledBanner")}</p>
          {e.event.cancellationReason && <p>{t("cancelledReason", { reason: e.event.cancellationReason })}</p>}
        </div>
      )}
      <p className="prose-text mb-6 text-xl">{e.event.summary}</p>
      <h2 className="sr-only">{t("facts")}</h2>
      <EventFacts e={e} now={now} />
      <EventDescription text={e.event.description} />
      <RegistrationSection event={e} now={now} />
    </article>
  );
}
