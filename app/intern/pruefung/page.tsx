import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import { RevisionDiffTable } from "@/components/intern/workflow/revision-diff-table";
import { listReviewQueue, listWaitingChanges, type ReviewQueueEntry, type WaitingChange } from "@/lib/event-admin/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internWorkflow.review");
  return { title: t("metaTitle") };
}

/**
 * The office's review queue: submitted events, then changes of published events with what changed
 * (the longest waiting first in both). Partners get a 404.
 */
export default async function ReviewQueuePage() {
  const actor = await requireActor("/intern/pruefung");
  let entries: ReviewQueueEntry[];
  let changes: WaitingChange[];
  try {
    [entries, changes] = await Promise.all([listReviewQueue(actor), listWaitingChanges(actor)]);
  } catch (e) {
    if (e instanceof AccessDenied) notFound();
    throw e;
  }
  const t = await getTranslations("internWorkflow.review");
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      {entries.length === 0 ? (
        <p role="status">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t("event")}</th>
                <th scope="col" className="py-2 pr-4">{t("organisation")}</th>
                <th scope="col" className="py-2 pr-4">{t("dates")}</th>
                <th scope="col" className="py-2 pr-4">{t("submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/intern/veranstaltungen/${e.id}`} className="inline-flex min-h-11 items-center font-semibold">
                      {e.title}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{e.organisationName}</td>
                  <td className="py-2 pr-4">{formatTimeRange(e.startsAt, e.endsAt)}</td>
                  <td className="py-2 pr-4">{e.submittedAt ? formatDateTime(e.submittedAt) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="mb-4 mt-10 text-2xl font-bold">{t("changesTitle")}</h2>
      <p className="mb-6">{t("changesIntro")}</p>
      {changes.length === 0 ? (
        <p role="status">{t("changesEmpty")}</p>
      ) : (
        changes.map((c) => (
          <section key={c.id} aria-labelledby={`aenderung-${c.id}`} className="mb-8 border-l-4 border-line pl-4">
            <h3 id={`aenderung-${c.id}`} className="text-xl font-bold">
              {c.title}
            </h3>
            <p className="mb-3 text-muted">{t("changeOf", { organisation: c.organisationName, date: formatDateTime(c.submittedAt) })}</p>
            <RevisionDiffTable rows={c.diff} />
            <p className="mt-2">
              <Link href={`/intern/veranstaltungen/${c.id}#freigabe`} className="inline-flex min-h-11 items-center font-semibold">
                {t("openEvent", { title: c.title })}
              </Link>
            </p>
          </section>
        ))
      )}
    </div>
  );
}
