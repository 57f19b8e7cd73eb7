import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { FactRow } from "@/components/supervision/fact-row";
import { verifyCertificate } from "@/lib/certificates/queries";
import { mayVerifyCertificate } from "@/lib/certificates/verify-limit";
import { city } from "@/lib/config/city";
import { formatLongDay, formatTimeRange } from "@/lib/dates/format";
import { clientIp } from "@/lib/http/client-ip";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  // The page names a person: never in search engines, never sent on as a referrer.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ code: string }> };

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <FactRow label={label} compact>
    {children}
  </FactRow>
);

/**
 * "Ist diese Bescheinigung echt?": the facts printed on a valid certificate, nothing more. Unknown,
 * withdrawn and superseded codes all end in the same 404 page.
 */
export default async function VerifyCertificatePage({ params }: Props) {
  const { code } = await params;
  const t = await getTranslations("certificates.verify");
  if (!(await mayVerifyCertificate(clientIp(await headers())))) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">{t("title")}</h1>
        <p role="alert">{t("tooMany")}</p>
      </div>
    );
  }
  const facts = await verifyCertificate(decodeURIComponent(code));
  if (!facts) notFound();
  const locale = await getLocale();
  const tHours = await getTranslations("certificates");
  // As the certificate prints it ("6,5 Zeitstunden"), in the page's language ("6.5 hours"): minutes to at most two decimals.
  const hours = (await getFormatter()).number(Math.round((facts.minutesAttended / 60) * 100) / 100, { maximumFractionDigits: 2 });
  // The certificate is German: its event title and format keep lang="de" on English pages.
  const de = locale === "de" ? undefined : "de";
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">
        <span aria-hidden="true">✓ </span>
        {t("validTitle")}
      </h1>
      <p className="mb-4">{t("validIntro", { programme: city.programmeName })}</p>
      <dl className="mb-6 border-b border-line">
        <Row label={t("name")}>{facts.personName}</Row>
        <Row label={t("event")}>
          <span lang={de}>{facts.eventTitle}</span>
        </Row>
        <Row label={t("format")}>
          <span lang={de}>{facts.formatName}</span>
        </Row>
        <Row label={t("provider")}>{facts.providerName}</Row>
        {facts.isSupervision ? (
          <Row label={t("sessions")}>{t("sessionsCount", { attended: facts.sessions.length, total: facts.sessionsTotal })}</Row>
        ) : (
          <Row label={t("dates")}>
            <ul>
              {facts.sessions.map((s) => (
                <li key={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt, locale)}</li>
              ))}
            </ul>
          </Row>
        )}
        <Row label={t("hours")}>{tHours(hours === "1" ? "hoursOne" : "hoursOther", { hours })}</Row>
        <Row label={t("issued")}>{formatLongDay(facts.issuedAt, locale)}</Row>
        <Row label={t("code")}>
          <span className="font-mono">{facts.code}</span>
        </Row>
      </dl>
      <p className="mb-4">{t("compare")}</p>
      <p>
        <Link href="/bescheinigung" className="inline-flex min-h-11 items-center">{t("tryAgain")}</Link>
      </p>
    </div>
  );
}
