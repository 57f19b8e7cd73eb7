/** One column of a figures table: its heading, and whether its values are numbers (right-aligned). */
export type FiguresColumn = { label: string; numeric?: boolean };
export type FiguresRow = { key: string; cells: string[] };

/**
 * A table of figures: the first column names the row (a row header), the others are numbers. It
 * scrolls sideways on a narrow screen inside a focusable region, so keyboard users can scroll too.
 */
export function FiguresTable({ id, caption, columns, rows, narrow = false }: { id: string; caption: string; columns: FiguresColumn[]; rows: FiguresRow[]; narrow?: boolean }) {
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className={`mb-6 overflow-x-auto ${narrow ? "max-w-2xl" : ""}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id={id} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`py-2 pr-3 align-bottom ${c.numeric ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-line">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-2 pr-4 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={`py-2 pr-3 tabular-nums ${columns[i]?.numeric ? "text-right" : ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
