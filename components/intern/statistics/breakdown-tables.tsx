import { getTranslations } from "next-intl/server";
import { formatCount, formatRate, formatStatHours } from "@/lib/statistics/format";
import type { BreakdownRow, InitiativeRow } from "@/lib/statistics/types";
import { FiguresTable } from "./figures-table";
import type { Messages } from "@/lib/i18n/messages";

type Column = keyof Messages["statistics"]["page"]["breakdowns"]["columns"];
const numericColumns = ["events", "hoursOffered", "seatsOffered", "registrations", "confirmed", "attended", "participantHours", "fillRate"] as const;

type Kind = "Month" | "Format" | "Topic" | "Organisation";
const nameColumn = { Month: "month", Format: "format", Topic: "topic", Organisation: "organisation" } as const;

/** One breakdown (by month, format, topic or organisation) under its own heading, as a table. */
export async function BreakdownTable({ kind, rows, period, note }: { kind: Kind; rows: BreakdownRow[]; period: string; note?: string }) {
  const t = await getTranslations("statistics.page.breakdowns");
  const c = (key: Column) => t(`columns.${key}`);
  const id = `aufschluesselung-${nameColumn[kind]}`;
  return (
    <section aria-labelledby={`${id}-titel`} className="mb-8">
      <h3 id={`${id}-titel`} className="mb-2 text-xl font-bold">{t(`by${kind}`)}</h3>
      {note && <p className="mb-2 max-w-prose text-sm">{note}</p>}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <FiguresTable
          id={`${id}-tabelle`}
          caption={t(`caption${kind}`, { period })}
          columns={[
            { label: c(nameColumn[kind]) },
            ...numericColumns.map((key) => ({ label: c(key), numeric: true })),
          ]}
          rows={rows.map((r) => ({
            key: r.key,
            cells: [r.label, formatCount(r.events), formatStatHours(r.hoursOffered), formatCount(r.seatsOffered), formatCount(r.registrations), formatCount(r.confirmed), formatCount(r.attended), formatStatHours(r.participantHours), formatRate(r.fillRate)],
          }))}
        />
      )}
    </section>
  );
}

/** Attendees by initiative: the 15 largest and "weitere" (the data layer already cut the list). */
export async function InitiativeTable({ rows, period }: { rows: InitiativeRow[]; period: string }) {
  const t = await getTranslations("statistics.page.breakdowns");
  return (
    <section aria-labelledby="aufschluesselung-initiative-titel" className="mb-8">
      <h3 id="aufschluesselung-initiative-titel" className="mb-2 text-xl font-bold">{t("byInitiative")}</h3>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <FiguresTable
          id="aufschluesselung-initiative-tabelle"
          caption={t("captionInitiative", { period })}
          columns={[{ label: t("columns.initiative") }, { label: t("columns.attendees"), numeric: true }]}
          rows={rows.map((r) => ({ key: r.label, cells: [r.label, formatCount(r.attendees)] }))}
          narrow
        />
      )}
    </section>
  );
}
