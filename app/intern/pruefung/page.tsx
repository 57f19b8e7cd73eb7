import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime, formatTimeRange } from "@/lib/dates/format";
import { listReviewQueue, type ReviewQueueEntry } from "@/lib/event-admin/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("internWorkflow.review");
  return { title: t("metaTitle") };
}

/** The office's review queue: submitted events, the longest waiting first. Partners get a 404. */
export default async function ReviewQueuePage() {
  const actor = await requireActor("/intern/pruefung");
  let entries: ReviewQueueEntry[];
  try {
    entries = await listReviewQueue(actor);
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
    </div>
  );
}
