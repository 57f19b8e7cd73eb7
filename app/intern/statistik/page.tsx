import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BreakdownTable, InitiativeTable } from "@/components/intern/statistics/breakdown-tables";
import { ChartFigure } from "@/components/intern/statistics/chart-figure";
import { ReportDownloads } from "@/components/intern/statistics/report-downloads";
import { StatisticsFilterForm } from "@/components/intern/statistics/statistics-filter-form";
import { StatisticsTotalsList, SupervisionLine } from "@/components/intern/statistics/statistics-totals";
import { isCoordinator } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { fillRateByOrganisationChart, hoursByFormatChart, monthlyAttendanceChart } from "@/lib/statistics/charts";
import { hasNoData } from "@/lib/statistics/empty";
import { statisticsFor } from "@/lib/statistics/figures";
import { filterParams, statisticsFilterFor } from "@/lib/statistics/filter";
import { statisticsFilterOptions } from "@/lib/statistics/filter-options";
import { formatCount, formatRate, formatStatHours } from "@/lib/statistics/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics.page"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The programme's figures for a period: the office sees everything (or one organisation), a
 * partner only its own organisation (lib/statistics/filter.ts decides the scope). Everything below
 * the filter form is rendered from one Statistics object.
 */
export default async function StatisticsPage({ searchParams }: Props) {
  const actor = await requireActor("/intern/statistik");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { filter, errors } = statisticsFilterFor(actor, raw);
  const office = isCoordinator(actor);
  const [stats, options, t, tc] = await Promise.all([statisticsFor(actor, filter), statisticsFilterOptions(actor), getTranslations("statistics.page"), getTranslations("statistics.page.breakdowns.columns")]);
  const period = filter.period.label;
  const empty = hasNoData(stats);
  const [monthChart, formatChart, organisationChart] = await Promise.all([
    !empty && stats.byMonth.length > 0 ? monthlyAttendanceChart(stats.byMonth) : null,
    !empty && stats.byFormat.length > 0 ? hoursByFormatChart(stats.byFormat) : null,
    !empty && office && stats.byOrganisation.length > 0 ? fillRateByOrganisationChart(stats.byOrganisation) : null,
  ]);
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  // What was typed stays in the form; without an error the period shown fills it (e.g. the current year).
  const periodValues = Object.keys(errors).length > 0 ? { jahr: text(raw.jahr), quartal: text(raw.quartal), monat: text(raw.monat), von: text(raw.von), bis: text(raw.bis) } : filter.period.params;

  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold hyphens-auto">{stats.organisationName ? t("headingPartner", { period, organisation: stats.organisationName }) : t("heading", { period })}</h1>
      <p className="mb-6 max-w-prose">{office ? t("introOffice") : t("introPartner")}</p>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="mb-4 font-semibold text-accent">
          {t("filter.errorSummary")}
        </p>
      )}
      <StatisticsFilterForm
        values={{ ...periodValues, traeger: text(raw.traeger), format: text(raw.format), thema: text(raw.thema) }}
        errors={errors}
        options={options}
      />
      {empty && <p className="mb-6 border-l-8 border-accent bg-soft p-4 text-lg font-semibold">{t("noData")}</p>}
      <StatisticsTotalsList totals={stats.totals} />
      <SupervisionLine supervision={stats.supervision} />

      {(monthChart || formatChart || organisationChart) && (
        <section aria-labelledby="statistik-grafiken" className="mb-8">
          <h2 id="statistik-grafiken" className="mb-4 text-2xl font-bold">{t("charts.heading")}</h2>
          {monthChart && (
            <ChartFigure
              id="grafik-monate"
              chart={monthChart}
              columns={[{ label: tc("month") }, { label: tc("registrations"), numeric: true }, { label: tc("attended"), numeric: true }]}
              rows={stats.byMonth.map((r) => ({ key: r.key, cells: [r.label, formatCount(r.registrations), formatCount(r.attended)] }))}
            />
          )}
          {formatChart && (
            <ChartFigure
              id="grafik-formate"
              chart={formatChart}
              columns={[{ label: tc("format") }, { label: tc("hoursOffered"), numeric: true }]}
              rows={stats.byFormat.map((r) => ({ key: r.key, cells: [r.label, formatStatHours(r.hoursOffered)] }))}
            />
          )}
          {organisationChart && (
            <ChartFigure
              id="grafik-organisationen"
              chart={organisationChart}
              columns={[{ label: tc("organisation") }, { label: tc("seatsOffered"), numeric: true }, { label: tc("confirmed"), numeric: true }, { label: tc("fillRate"), numeric: true }]}
              rows={stats.byOrganisation.map((r) => ({ key: r.key, cells: [r.label, formatCount(r.seatsOffered), formatCount(r.confirmed), formatRate(r.fillRate)] }))}
            />
          )}
        </section>
      )}

      <section aria-labelledby="statistik-aufschluesselungen" className="mb-8">
        <h2 id="statistik-aufschluesselungen" className="mb-4 text-2xl font-bold">{t("breakdowns.heading")}</h2>
        <BreakdownTable kind="Month" rows={stats.byMonth} period={period} />
        <BreakdownTable kind="Format" rows={stats.byFormat} period={period} />
        <BreakdownTable kind="Topic" rows={stats.byTopic} period={period} note={t("breakdowns.topicNote")} />
        {office && <BreakdownTable kind="Organisation" rows={stats.byOrganisation} period={period} />}
        <InitiativeTable rows={stats.byInitiative} period={period} />
      </section>

      <ReportDownloads params={filterParams(filter, actor)} />
    </div>
  );
}
