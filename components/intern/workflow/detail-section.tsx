import type { ReactNode } from "react";

/** A titled part of an event's page; `as="nav"` for the list of links. */
export function DetailSection({ id, title, as: Tag = "section", children }: { id: string; title: string; as?: "section" | "nav"; children: ReactNode }) {
  return (
    <Tag aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </Tag>
  );
}

/** A step that needs input (returning, cancelling): a small titled block next to the other steps. */
export function StepSection({ id, title, intro, tone, children }: { id: string; title: string; intro?: string; tone: "accent" | "line"; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`mb-6 border-l-4 pl-4 ${tone === "accent" ? "border-accent" : "border-line"}`}>
      <h3 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      {intro && <p className="mb-4">{intro}</p>}
      {children}
    </section>
  );
}
