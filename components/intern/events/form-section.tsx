import type { ReactNode } from "react";

/** A titled part of the event editor. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`abschnitt-${id}`} className="mb-8 border-t-2 border-line pt-6">
      <h2 id={`abschnitt-${id}`} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
