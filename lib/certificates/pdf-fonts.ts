import { pdfFonts } from "@/lib/pdf/fonts";

/** The certificates use the app's PDF typeface (lib/pdf/fonts.ts). */
export const certificateFonts = pdfFonts;
