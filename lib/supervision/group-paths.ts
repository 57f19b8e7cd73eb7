/** The URLs of a supervision group's pages in /intern. */
export const applicationsPath = (eventId: number) => `/intern/veranstaltungen/${eventId}/bewerbungen`;
