/** The page that confirms an event's cancellation (it says who is told and asks for the reason). */
export function cancelEventPath(eventId: number): string {
  return `/intern/veranstaltungen/${eventId}/absagen`;
}
