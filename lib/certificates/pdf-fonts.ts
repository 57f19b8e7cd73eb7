import type { Locale } from "@/lib/i18n/locales";
import { pdfFonts } from "@/lib/pdf/fonts";

/** The certificates use the app's PDF typeface (lib/pdf/fonts.ts). */
export const certificateFonts = pdfFonts;

/** The document language a tagged PDF declares (screen readers pick their voice by it). */
export function pdfLang(locale: Locale): string {
  return locale === "en" ? "en-GB" : "de-DE";
}
