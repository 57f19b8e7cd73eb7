import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isCoordinator } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/format";
import { overviewFor } from "@/lib/intern-overview/overview-queries";
import { retentionStatusFor } from "@/lib/intern-overview/retention-status";
import { outboxStatusFor } from "@/lib/mail/outbox-status";
import { OutboxStatusSection } from "@/components/intern/office/outbox-status";
import { retryFailedMailsAction } from "./actions";

export const metadata: Metadata = { title: "Übersicht – Interner Bereich" };

const STATUSES = ["draft", "in_review", "published", "cancelled"] as const;

export default async function InternOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("/intern");
  const t = await getTranslations("intern");
  const [overview, retention, outbox] = await Promise.all([overviewFor(actor), retentionStatusFor(actor), outboxStatusFor(actor)]);
  // Set by "Erneut versuchen" (app/intern/actions.ts): how many mails went back into the outbox.
  const retriedParam = (await searchParams).erneut;
  const retried = typeof retriedParam === "string" && /^\d{1,6}$/.test(retriedParam) ? Number(retriedParam) : null;
  const office = isCoordinator(actor);
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("overview.title")}</h1>
      <p className="mb-1 text-lg">{t("overview.welcome", { name: actor.name })}</p>
      <p className="mb-6 text-muted">
        {t(`roles.${actor.role}`)} · {actor.organisationName}
      </p>
      {office && (
        <p className="mb-6 border-l-8 border-accent bg-soft p-4">
          {t("overview.reviewQueue", { count: overview.reviewQueue })}{" "}
          {overview.reviewQueue > 0 && (
            <Link href="/intern/pruefung" className="font-semibold">
              {t("overview.reviewLink")}
            </Link>
          )}
        </p>
      )}
      <section aria-labelledby="zahlen" className="mb-8">
        <h2 id="zahlen" className="mb-3 text-xl font-bold">
          {office ? t("overview.countsHeadingOffice") : t("overview.countsHeading")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {STATUSES.map((status) => (
            <li key={status} className="border-2 border-line p-3">
              <span className="block text-2xl font-bold">{overview.byStatus[status] ?? 0}</span>
              {t(`overview.status.${status}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="naechste" className="mb-8">
        <h2 id="naechste" className="mb-3 text-xl font-bold">
          {t("overview.nextHeading")}
        </h2>
        {overview.upcoming.length === 0 ? (
          <p>{t("overview.none")}</p>
        ) : (
          <ul className="divide-y divide-line border-y border-line">
            {overview.upcoming.map((e) => (
              <li key={e.id} className="py-3">
                <Link href={`/intern/veranstaltungen/${e.id}`} className="font-semibold">
                  {e.title}
                </Link>
                <span className="block text-sm">
                  <time dateTime={e.startsAt.toISOString()}>{formatDateTime(e.startsAt)}</time>
                  {office && ` · ${e.organisation}`} · {t(`overview.statusOne.${e.status}`)} · {t("overview.seats", { taken: e.seatsTaken, capacity: e.capacity })}
                  {e.waiting > 0 && ` · ${t("overview.waiting", { count: e.waiting })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {retention && (
        <section aria-labelledby="aufbewahrung" className="mb-8">
          <h2 id="aufbewahrung" className="mb-3 text-xl font-bold">
            {t("overview.retention.heading")}
          </h2>
          {retention.lastRun ? (
            <>
              <p className="mb-2">{t("overview.retention.lastRun", { at: formatDateTime(retention.lastRun.at), months: retention.lastRun.months ?? retention.months })}</p>
              <ul className="list-disc pl-6">
                <li>{t("overview.retention.registrations", { count: retention.lastRun.counts.registrations })}</li>
                <li>{t("overview.retention.auditEntries", { count: retention.lastRun.counts.auditEntries })}</li>
                <li>{t("overview.retention.mails", { count: retention.lastRun.counts.mails })}</li>
                <li>{t("overview.retention.tokens", { count: retention.lastRun.counts.selfServiceTokens + retention.lastRun.counts.accountTokens })}</li>
                <li>{t("overview.retention.rateLimits", { count: retention.lastRun.counts.rateLimitCounters + retention.lastRun.counts.failureDelays })}</li>
              </ul>
            </>
          ) : (
            <p>{t("overview.retention.never")}</p>
          )}
        </section>
      )}
      {outbox && <OutboxStatusSection status={outbox} retried={retried} retryAction={retryFailedMailsAction} />}
      <p className="flex flex-wrap gap-4">
        <Link href="/intern/veranstaltungen" className="btn btn-secondary">
          {t("overview.allEvents")}
        </Link>
        <Link href="/intern/veranstaltungen/neu" className="btn">
          {t("overview.newEvent")}
        </Link>
      </p>
    </div>
  );
}
