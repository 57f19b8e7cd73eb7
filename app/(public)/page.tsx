import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { EventListItem } from "@/components/events/event-list-item";
import { city } from "@/lib/config/city";
import { listFilterOptions, listPublicEvents } from "@/lib/events/public-queries";

// The next events change with time and registrations: render per request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("metaTitle") };
}

export default async function HomePage() {
  const t = await getTranslations("home");
  // The office's phone hours come from the city's settings, in German: marked on English pages.
  const de = (await getLocale()) === "de" ? undefined : "de";
  const now = new Date();
  const next = await listPublicEvents({}, now, 5);
  const offers = t.raw("offers") as { title: string; text: string; format?: string }[];
  // Each offer links to the calendar filtered by its format, if the city has that format.
  const formats = new Set((await listFilterOptions()).formats.map((f) => f.slug));
  const steps = t.raw("how") as string[];
  return (
    <>
      <section className="prose-text mb-10">
        <h1 className="mb-4 text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="mb-6 text-xl">{t("lead", { city: city.name })}</p>
        <Link href="/veranstaltungen" className="btn">
          {t("cta")}
        </Link>
      </section>

      <section aria-labelledby="angebote" className="mb-10">
        <h2 id="angebote" className="mb-4 text-2xl font-bold">
          {t("offersHeading")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {offers.map((offer) => (
            <li key={offer.title} className="border-t-4 border-accent bg-soft p-4">
              <h3 className="mb-1 text-lg font-bold">
                {offer.format && formats.has(offer.format) ? <Link href={`/veranstaltungen?format=${encodeURIComponent(offer.format)}`}>{offer.title}</Link> : offer.title}
              </h3>
              <p>{offer.text}</p>
            </li>
          ))}
        </ul>
        <h3 className="mb-1 mt-6 text-lg font-bold">{t("forWhomHeading")}</h3>
        <p className="prose-text">{t("forWhom")}</p>
      </section>

      <section aria-labelledby="naechste" className="mb-10">
        <h2 id="naechste" className="mb-2 text-2xl font-bold">
          {t("nextHeading")}
        </h2>
        {next.entries.length === 0 ? (
          <p>{t("nextEmpty")}</p>
        ) : (
          <ul>
            {next.entries.map((entry) => (
              <EventListItem key={entry.id} entry={entry} now={now} />
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/veranstaltungen">{t("cta")}</Link>
        </p>
      </section>

      <section id="so-gehts" aria-labelledby="so-gehts-heading" className="prose-text mb-10">
        <h2 id="so-gehts-heading" className="mb-4 text-2xl font-bold">
          {t("howHeading")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section id="kontakt" aria-labelledby="kontakt-heading" className="prose-text">
        <h2 id="kontakt-heading" className="mb-2 text-2xl font-bold">
          {t("contactHeading")}
        </h2>
        <p className="mb-3">{t("contactText", { office: city.office.name })}</p>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere]">
          <dt className="font-bold">{t("phone")}</dt>
          <dd>
            <a href={`tel:${city.office.phoneHref}`}>{city.office.phone}</a> <span lang={de}>({city.office.hours})</span>
          </dd>
          <dt className="font-bold">{t("email")}</dt>
          <dd>
            <a href={`mailto:${city.office.email}`}>{city.office.email}</a>
          </dd>
          <dt className="font-bold">{t("address")}</dt>
          <dd>
            {city.office.department}, {city.office.street}, {city.office.postalCode} {city.office.city}
          </dd>
        </dl>
      </section>
    </>
  );
}
