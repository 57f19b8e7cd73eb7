import { getTranslations } from "next-intl/server";
import { formatAverage, formatCount, formatRate, formatStatHours } from "@/lib/statistics/format";
import type { StatisticsTotals, SupervisionTotals } from "@/lib/statistics/types";

/** The headline figures as a description list of cards, and the supervision groups as their own line. */
export async function StatisticsTotalsList({ totals }: { totals: StatisticsTotals }) {
  const t = await getTranslations("statistics.page.totals");
  const average = (value: number | null) => (value === null ? "–" : t("averageValue", { average: formatAverage(value) }));
  const items: [string, string][] = [
    [t("eventsHeld"), formatCount(totals.eventsHeld)],
    [t("eventsPlanned"), formatCount(totals.eventsPlanned)],
    [t("eventsCancelled"), formatCount(totals.eventsCancelled)],
    [t("sessions"), formatCount(totals.sessions)],
    [t("hoursOffered"), formatStatHours(totals.hoursOffered)],
    [t("seatsOffered"), formatCount(totals.seatsOffered)],
    [t("registrations"), formatCount(totals.registrations)],
    [t("confirmed"), formatCount(totals.confirmed)],
    [t("stillWaiting"), formatCount(totals.stillWaiting)],
    [t("fillRate"), formatRate(totals.fillRate)],
    [t("attended"), formatCount(totals.attended)],
    [t("noShowRate"), formatRate(totals.noShowRate)],
    [t("participantHours"), formatStatHours(totals.participantHours)],
    [t("distinctVolunteers"), formatCount(totals.distinctVolunteers)],
    [t("firstTimeVolunteers"), formatCount(totals.firstTimeVolunteers)],
    [t("initiatives"), t("initiativesValue", { reached: formatCount(totals.initiativesReached), listed: formatCount(totals.initiativesListed) })],
    [t("certificates"), formatCount(totals.certificatesIssued)],
    [t("feedback"), formatCount(totals.feedback.answers)],
    [t("overallAverage"), average(totals.feedback.overallAverage)],
    [t("helpfulAverage"), average(totals.feedback.helpfulAverage)],
    [t("recommendShare"), formatRate(totals.feedback.recommendShare)],
  ];
  return (
    <section aria-labelledby="statistik-zahlen" className="mb-8">
      <h2 id="statistik-zahlen" className="mb-4 text-2xl font-bold">{t("heading")}</h2>
      <dl className="grid grid-cols-2 gap-2 sm:gap-3 md:grid-cols-3 lg:grid-cols-4">
        {items.map(([label, value]) => (
          <div key={label} className="border-2 border-line p-2 sm:p-3">
            <dt className="text-sm">{label}</dt>
            <dd className="text-xl font-bold sm:text-2xl">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export async function SupervisionLine({ supervision }: { supervision: SupervisionTotals }) {
  const t = await getTranslations("statistics.page.supervision");
  const rate = supervision.possibleMarks > 0 ? supervision.presentMarks / supervision.possibleMarks : null;
  return (
    <section aria-labelledby="statistik-supervision" className="mb-8">
      <h2 id="statistik-supervision" className="mb-2 text-2xl font-bold">{t("heading")}</h2>
      <p className="max-w-prose">
        {supervision.groups === 0
          ? t("none")
          : t("text", {
              groups: supervision.groups,
              sessions: supervision.sessions,
              members: supervision.members,
              present: formatCount(supervision.presentMarks),
              possible: formatCount(supervision.possibleMarks),
              rate: formatRate(rate),
            })}
      </p>
    </section>
  );
}
