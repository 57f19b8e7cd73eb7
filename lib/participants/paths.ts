/** The URLs of the participant pages of an event. */
export const participantsPath = (eventId: number) => `/intern/veranstaltungen/${eventId}/teilnehmende`;
export const checkInPath = (eventId: number) => `/intern/veranstaltungen/${eventId}/check-in`;
