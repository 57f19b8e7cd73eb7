import Link from "next/link";
import type { ReactNode } from "react";

/** The top of an editor page: the way back to the list, the heading and what follows it. */
export function EditorPageHeader({ backLabel, title, children }: { backLabel: string; title: string; children?: ReactNode }) {
  return (
    <>
      <p className="mb-4">
        <Link href="/intern/veranstaltungen" className="inline-flex min-h-11 items-center">
          {backLabel}
        </Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{title}</h1>
      {children}
    </>
  );
}
