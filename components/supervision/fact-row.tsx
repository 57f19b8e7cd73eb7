/** One row of a description list (label and value), side by side on wide screens. */
export function FactRow({ label, children, compact = false }: { label: string; children: React.ReactNode; compact?: boolean }) {
  return (
    <div className={`border-t border-line ${compact ? "py-2" : "py-3"} sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4`}>
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
