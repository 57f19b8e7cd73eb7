import type { ReactNode } from "react";

/**
 * A part of the event editor that folds: a <details> whose summary names the part and says what is
 * filled in, so that the long form reads as a short list (works without JavaScript). Required parts
 * start open; optional ones only when they hold something or an error (the editor opens a part
 * with an error before it moves focus there, see event-form.tsx).
 */
export function FormSection({ id, title, summary, open, children }: { id: string; title: string; summary: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open} className="mb-6 border-t-2 border-line pt-4" data-section={id}>
      <summary className="cursor-pointer py-1">
        <h2 id={`abschnitt-${id}`} className="inline text-2xl font-bold">
          {title}
        </h2>
        <span className="block pl-5 text-muted" data-testid={`summary-${id}`}>
          {summary}
        </span>
      </summary>
      <div className="pt-4">{children}</div>
    </details>
  );
}
