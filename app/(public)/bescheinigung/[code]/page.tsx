import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FactRow } from "@/components/supervision/fact-row";
import { formatHours } from "@/lib/certificates/hours";
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
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">
        <span aria-hidden="true">✓ </span>
        {t("validTitle")}
      </h1>
      <p className="mb-4">{t("validIntro", { programme: city.programmeName })}</p>
      <dl className="mb-6 border-b border-line">
        <Row label={t("name")}>{facts.personName}</Row>
        <Row label={t("event")}>{facts.eventTitle}</Row>
        <Row label={t("format")}>{facts.formatName}</Row>
        <Row label={t("provider")}>{facts.providerName}</Row>
        {facts.isSupervision ? (
          <Row label={t("sessions")}>{t("sessionsCount", { attended: facts.sessions.length, total: facts.sessionsTotal })}</Row>
        ) : (
          <Row label={t("dates")}>
            <ul>
              {facts.sessions.map((s) => (
                <li key={s.startsAt.toISOString()}>{formatTimeRange(s.startsAt, s.endsAt)}</li>
              ))}
            </ul>
          </Row>
        )}
        <Row label={t("hours")}>{formatHours(facts.minutesAttended)}</Row>
        <Row label={t("issued")}>{formatLongDay(facts.issuedAt)}</Row>
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
