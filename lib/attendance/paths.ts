/** The attendance page of a supervision group, optionally at one session (and a notice). */
export function attendancePath(eventId: number, sessionId?: number, notice?: string): string {
  const query = new URLSearchParams();
  if (sessionId) query.set("termin", String(sessionId));
  if (notice) query.set("hinweis", notice);
  const text = query.toString();
  return `/intern/veranstaltungen/${eventId}/anwesenheit${text ? `?${text}` : ""}`;
}
