/** The addresses of "Meine Daten" (one place, so pages, mails and the cookie's path agree). */
export const MEINE_DATEN_PATH = "/meine-daten";

export const selfServicePaths = {
  overview: MEINE_DATEN_PATH,
  /** The mailed link: exchanged for a session, then the overview. */
  link: (token: string) => `${MEINE_DATEN_PATH}/zugang/${token}`,
  invalidLink: `${MEINE_DATEN_PATH}/link-ungueltig`,
  download: `${MEINE_DATEN_PATH}/herunterladen`,
  certificate: (registrationId: number) => `${MEINE_DATEN_PATH}/bescheinigung/${registrationId}`,
  confirmDelete: `${MEINE_DATEN_PATH}/loeschen`,
  deleted: `${MEINE_DATEN_PATH}/geloescht`,
  trainingRecord: `${MEINE_DATEN_PATH}/nachweis`,
} as const;
