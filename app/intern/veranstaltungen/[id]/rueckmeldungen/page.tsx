import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeedbackDistribution } from "@/components/intern/feedback/feedback-distribution";
import { orNotFound } from "@/components/intern/participants/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { formatAverage, formatShare } from "@/lib/feedback/format";
import { feedbackResultsPath } from "@/lib/feedback/paths";
import { feedbackResults } from "@/lib/feedback/results";
import { MIN_ANSWERS_SHOWN } from "@/lib/feedback/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback.results"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

const values = ["1", "2", "3", "4", "5"] as const;

/**
 * The anonymous feedback on an event, for its organisation and the office (supervision groups: the
 * office only). Nothing but the count until MIN_ANSWERS_SHOWN answers have come in.
 */
export default async function FeedbackResultsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(feedbackResultsPath(Number(id)));
  const results = await orNotFound(feedbackResults(actor, Number(id)));
  const t = await getTranslations("feedback");
  const { summary, count } = results;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2">
        <Link href={`/intern/veranstaltungen/${results.event.id}`} className="inline-flex min-h-11 items-center">
          {t("results.backToEvent")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("results.title")}</h1>
      <p className="mb-4 text-xl font-semibold">{results.event.title}</p>
      <p className="mb-6">{t("results.anonymousNote")}</p>
      {!summary ? (
        <div className="border-l-8 border-accent bg-soft p-4">
          <p className="font-semibold">{t("results.hidden", { min: MIN_ANSWERS_SHOWN })}</p>
          <p>{t("results.countSoFar", { count })}</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="ueberblick" className="mb-8">
            <h2 id="ueberblick" className="mb-2 text-xl font-bold">
              {t("results.summaryHeading")}
            </h2>
            <p className="mb-2 text-lg font-semibold" data-testid="feedback-count">
              {t("results.count", { count })}
            </p>
            <dl>
              <div className="border-t border-line py-2 sm:grid sm:grid-cols-[1fr_12rem] sm:gap-4">
                <dt className="font-bold">{t("results.overallAverage")}</dt>
                <dd>{t("results.outOf", { value: formatAverage(summary.overallAverage!) })}</dd>
              </div>
              <div className="border-t border-line py-2 sm:grid sm:grid-cols-[1fr_12rem] sm:gap-4">
                <dt className="font-bold">{t("results.helpfulAverage")}</dt>
                <dd>{t("results.outOf", { value: formatAverage(summary.helpfulAverage!) })}</dd>
              </div>
              <div className="border-y border-line py-2 sm:grid sm:grid-cols-[1fr_12rem] sm:gap-4">
                <dt className="font-bold">{t("results.recommend")}</dt>
                <dd>{t("results.recommendValue", { share: formatShare(summary.recommendCount, count), count: summary.recommendCount, total: count })}</dd>
              </div>
            </dl>
          </section>
          <FeedbackDistribution id="gesamteindruck" question={t("results.overallHeading")} labels={values.map((v) => t(`form.overallOptions.${v}`))} distribution={summary.overall} total={count} />
          <FeedbackDistribution id="nutzen" question={t("results.helpfulHeading")} labels={values.map((v) => t(`form.helpfulOptions.${v}`))} distribution={summary.helpful} total={count} />
          <section aria-labelledby="freie-antworten">
            <h2 id="freie-antworten" className="mb-2 text-xl font-bold">
              {t("results.commentsHeading")}
            </h2>
            {results.comments.length === 0 ? (
              <p>{t("results.noComments")}</p>
            ) : (
              <>
                <p className="mb-3 text-sm text-muted">{t("results.commentsOrder")}</p>
                <ul className="space-y-3">
                  {results.comments.map((comment, i) => (
                    <li key={i} className="whitespace-pre-line border-l-4 border-line bg-soft p-3">
                      {comment}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
