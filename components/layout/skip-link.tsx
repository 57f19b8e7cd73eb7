/** The first thing keyboard users reach: a jump past the header to the page's content (#inhalt). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#inhalt" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-3">
      {label}
    </a>
  );
}
