/** One titled part of a legal page; the id makes it linkable from the page's table of contents. */
export function LegalSection({ id, heading, children }: { id: string; heading: string; children: React.ReactNode }) {
  return (
    <section>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
