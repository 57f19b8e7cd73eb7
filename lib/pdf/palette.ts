/**
 * The colours and the text style shape of the platform's PDFs (certificates, the Fortbildungsnachweis):
 * black and dark greys only, so that they print in black and white; the city's colour is decoration.
 */
export const ink = "#1a1a1a";
export const muted = "#4a4a4a";
export const rule = "#9a9a9a";

export type PdfTextStyle = { font: "regular" | "semiBold"; size: number; color: string; lineGap: number };
