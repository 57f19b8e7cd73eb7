/** A confirmation after a redirect (e.g. "Das Konto ist deaktiviert."), announced politely. */
export function StatusNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="status" className="mb-6 border-l-8 border-ok bg-soft p-4 font-semibold">
      {text}
    </p>
  );
}
