import Link from "next/link";

/** "← Zurück zu …" above a page's heading. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-4">
      <Link href={href} className="inline-flex min-h-11 items-center">
        <span aria-hidden="true">←&nbsp;</span>
        {label}
      </Link>
    </p>
  );
}
