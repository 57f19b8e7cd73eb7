/** The URLs of the feedback pages: the person's form (by manage token) and the results in /intern. */
export const feedbackFormPath = (token: string) => `/anmeldung/${token}/rueckmeldung`;
export const feedbackResultsPath = (eventId: number) => `/intern/veranstaltungen/${eventId}/rueckmeldungen`;
