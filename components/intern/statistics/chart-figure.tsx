import { getTranslations } from "next-intl/server";
import type { RenderedChart } from "@/lib/statistics/charts";
import { FiguresTable, type FiguresColumn, type FiguresRow } from "./figures-table";

/**
 * A chart drawn on the server (lib/statistics/charts.ts) with its caption, and directly after it
 * the same numbers as a table: no chart without its table.
 */
export async function ChartFigure({ id, chart, columns, rows }: { id: string; chart: RenderedChart; columns: FiguresColumn[]; rows: FiguresRow[] }) {
  const t = await getTranslations("statistics.page.charts");
  return (
    <figure aria-labelledby={`${id}-titel`} className="mb-10">
      <figcaption id={`${id}-titel`} className="mb-2 text-lg font-bold">
        {chart.title}
      </figcaption>
      {/* The SVG comes from our own renderer, from numbers and catalogue texts only (labels are escaped by Vega). */}
      {/* At its natural size (readable text); on a phone it scrolls sideways, by keyboard too. */}
      <div tabIndex={0} role="group" aria-labelledby={`${id}-titel`} className="mb-4 overflow-x-auto" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <FiguresTable id={`${id}-tabelle`} caption={t("tableCaption", { title: chart.title })} columns={columns} rows={rows} narrow />
    </figure>
  );
}
