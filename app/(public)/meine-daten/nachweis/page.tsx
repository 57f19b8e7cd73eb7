import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname, Link, redirect } from "@/lib/i18n/navigation";
import { TextField, fieldId } from "@/components/forms/fields";
import { formatHours } from "@/lib/certificates/hours";
import { selfServicePath, trainingRecordPath, trainingRecordPdfPath, verifyFormPath } from "@/lib/certificates/paths";
import { ownTrainingRecord } from "@/lib/certificates/training-record";
import { MAX_PERIOD_YEARS, parsePeriod, periodQuery, type PeriodField } from "@/lib/certificates/training-record-period";
import { datesText } from "@/lib/certificates/training-record-texts";
import { startOfLocalDay } from "@/lib/dates/berlin";
import { formatLongDate } from "@/lib/dates/format";
import { selfServiceEmail } from "@/lib/privacy/self-service-session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("trainingRecord.page");
  // Private, like the manage pages: never indexed, the address never sent on as a referrer.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * "Mein Fortbildungsnachweis": the person of the "Meine Daten" session picks a period (a GET form,
 * so it works without JavaScript; the current calendar year at first), sees the trainings of that
 * period with hours and total, and downloads them as one PDF.
 */
export default async function TrainingRecordPage({ searchParams }: Props) {
  const locale = (await getLocale()) as Locale;
  if (!(await selfServiceEmail())) return redirect({ href: selfServicePath, locale });
  const t = await getTranslations("trainingRecord.page");
  const parsed = parsePeriod(await searchParams, new Date());
  const record = parsed.ok ? await ownTrainingRecord(parsed.period) : null;
  // The session may have ended between the two reads.
  if (record === "no_session") return redirect({ href: selfServicePath, locale });
  const errors: Partial<Record<PeriodField, string>> = {};
  if (!parsed.ok) for (const [field, code] of Object.entries(parsed.errors)) errors[field as PeriodField] = t(`errors.${code}`, { years: MAX_PERIOD_YEARS });
  const labels: Record<PeriodField, string> = { von: t("fromLabel"), bis: t("toLabel") };
  const trainings = record?.trainings ?? [];

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-4">
        <Link href={selfServicePath} className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>

      {!parsed.ok && (
        <div role="alert" className="mb-6 border-4 border-accent p-4">
          <p className="mb-2 text-lg font-bold">{t("errorTitle")}</p>
          <ul className="list-disc pl-6">
            {(Object.keys(errors) as PeriodField[]).map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{`${labels[field]}: ${errors[field]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form method="get" action={getPathname({ href: trainingRecordPath, locale })} className="mb-8 max-w-xl" noValidate>
        <fieldset aria-describedby="zeitraum-hinweis">
          <legend className="mb-2 text-xl font-bold">{t("periodLegend")}</legend>
          <p id="zeitraum-hinweis" className="mb-4 text-sm text-muted">
            {t("periodNote", { years: MAX_PERIOD_YEARS })}
          </p>
          <div className="sm:grid sm:grid-cols-2 sm:gap-4">
            <TextField name="von" type="date" label={labels.von} hint={t("dateHint")} error={errors.von} defaultValue={parsed.values.von} required maxLength={40} />
            <TextField name="bis" type="date" label={labels.bis} hint={t("dateHint")} error={errors.bis} defaultValue={parsed.values.bis} required maxLength={40} />
          </div>
        </fieldset>
        <button type="submit" className="btn min-h-11">
          {t("submit")}
        </button>
      </form>

      {parsed.ok && (
        <section aria-labelledby="fortbildungen">
          <h2 id="fortbildungen" className="mb-4 text-2xl font-bold">
            {t("resultHeading", { from: formatLongDate(startOfLocalDay(parsed.period.from), locale), to: formatLongDate(startOfLocalDay(parsed.period.to), locale) })}
          </h2>
          {trainings.length === 0 ? (
            <div className="border-l-8 border-ink bg-soft p-4">
              <p className="mb-2 font-semibold">{t("empty")}</p>
              <p className="text-sm">{t("emptyNote")}</p>
            </div>
          ) : (
            <>
              <div className="mb-6 overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse text-left">
                  <thead>
                    <tr className="border-b-2 border-ink">
                      <th scope="col" className="py-2 pr-4">{t("columnTraining")}</th>
                      <th scope="col" className="py-2 pr-4">{t("columnDates")}</th>
                      <th scope="col" className="py-2 pr-4 text-right">{t("columnHours")}</th>
                      <th scope="col" className="py-2">{t("columnCode")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {trainings.map((training) => (
                      <tr key={training.code} className="border-b border-line align-top">
                        <th scope="row" className="py-2 pr-4 font-semibold">
                          {training.eventTitle}
                          <span className="block text-sm font-normal text-muted">{`${training.formatName} · ${training.providerName}`}</span>
                        </th>
                        <td className="py-2 pr-4 text-sm">{datesText(training)}</td>
                        <td className="py-2 pr-4 text-right whitespace-nowrap">{formatHours(training.minutesAttended)}</td>
                        <td className="py-2 font-mono text-sm break-all">{training.code}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="border-t-2 border-ink">
                      <th scope="row" colSpan={2} className="py-2 pr-4">{t("totalLabel", { count: trainings.length })}</th>
                      <td className="py-2 pr-4 text-right font-bold whitespace-nowrap">{formatHours(record?.minutesTotal ?? 0)}</td>
                      <td />
                    </tr>
                  </tfoot>
                </table>
              </div>
              <p className="mb-4">
                <a href={trainingRecordPdfPath(periodQuery(parsed.period))} className="btn min-h-11" download>
                  {t("download")}
                </a>
              </p>
              <p className="max-w-3xl text-sm text-muted">
                {t.rich("verifyNote", { link: (chunks) => <a href={verifyFormPath}>{chunks}</a> })}
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
