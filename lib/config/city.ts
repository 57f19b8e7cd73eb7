/** A self-hosted video file; size and duration are shown next to its download link. */
export type SignLanguageVideo = { path: string; mimeType: string; sizeBytes: number; durationSeconds: number; captionsPath?: string };

/**
 * Everything that makes this installation the one of a particular city. Another city takes the
 * platform over by changing this file (and the legal texts' marked passages in the catalogue).
 * All people, addresses and numbers below are fictional placeholders for the demo.
 */
export const city = {
  name: "Mainz",
  /** Used in page titles and the header. */
  programmeName: "Fortbildungsprogramm Ehrenamt Flüchtlingshilfe",
  state: "Rheinland-Pfalz",
  /** Deep red of Mainz; 7.9:1 against white, so it passes WCAG AA for text and controls. */
  accentColor: "#a3001b",
  accentColorDark: "#7a0014",
  office: {
    name: "Flüchtlingskoordination der Stadt Mainz",
    department: "Amt für soziale Leistungen – Flüchtlingskoordination",
    street: "Musterstraße 1",
    postalCode: "55116",
    city: "Mainz",
    email: "fluechtlingskoordination@example.org",
    phone: "06131 000000",
    phoneHref: "+496131000000",
    hours: "Montag bis Donnerstag, 9 bis 12 Uhr",
  },
  legal: {
    /** The body responsible under § 5 DDG (Impressum). */
    provider: "Stadtverwaltung Mainz (Beispieltext)",
    representative: "Oberbürgermeisterin / Oberbürgermeister (Beispieltext)",
    vatId: "DE000000000 (Beispiel)",
    dataProtectionOfficer: {
      name: "Datenschutzbeauftragte der Stadt (Beispiel)",
      email: "datenschutz@example.org",
    },
    supervisoryAuthority: {
      name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
      url: "https://www.datenschutz.rlp.de",
    },
    /** Enforcement body under the BITV for complaints about accessibility. */
    accessibilityEnforcement: {
      name: "Landesbeauftragte/r für die Belange behinderter Menschen Rheinland-Pfalz (Schlichtungsstelle)",
      url: "https://mastd.rlp.de",
    },
    /** Date of the privacy notice's version; registrations store which version was agreed to. */
    privacyVersion: "2026-12-03",
    accessibilityStatementDate: "2026-11-25",
  },
  /** The funding body named in the footer. */
  funding: "Gefördert durch die Staatskanzlei Rheinland-Pfalz",
  /**
   * The video in German Sign Language for /gebaerdensprache (BITV 2.0 § 4): a file under public/,
   * e.g. { path: "/media/dgs-erklaerung.mp4", mimeType: "video/mp4", sizeBytes: 48_300_000,
   * durationSeconds: 272, captionsPath: "/media/dgs-erklaerung.vtt" }. Until a city puts one in
   * place (null), the page says so.
   */
  signLanguageVideo: null as SignLanguageVideo | null,
  timeZone: "Europe/Berlin",
  locale: "de-DE",
} as const;

export type CityConfig = typeof city;
