import Link from "next/link";

/** The header row of the office's tables: column headings with scope, the first column leading. */
export function TableHead({ columns }: { columns: (string | false)[] }) {
  const shown = columns.filter((c): c is string => c !== false);
  return (
    <thead>
      <tr className="border-b-2 border-ink">
        {shown.map((label, i) => (
          <th key={label} scope="col" className={i < shown.length - 1 ? "py-2 pr-4" : "py-2"}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A link in a table row whose visible text repeats ("Bearbeiten"): the accessible name says which row. */
export function RowLink({ href, label, text }: { href: string; label: string; text: string | number }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center" aria-label={label}>
      {text}
    </Link>
  );
}
