/** The options every PDF of the platform shares: A4, tagged PDF 1.7 in German with its title shown. */
export const TAGGED_A4 = { size: "A4", pdfVersion: "1.7", tagged: true, lang: "de-DE", displayTitle: true } as const;
