import Link from "next/link";
import type { ReactNode } from "react";

/** The one confirmation step before a change with consequences: a page, so it works without JavaScript. */
export function ConfirmStep({ title, text, cancelHref, cancelLabel, children }: { title: string; text: string; cancelHref: string; cancelLabel: string; children: ReactNode }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      <p className="mb-6">{text}</p>
      {children}
      <p className="mt-4">
        <Link href={cancelHref} className="inline-flex min-h-11 items-center">
          {cancelLabel}
        </Link>
      </p>
    </div>
  );
}
