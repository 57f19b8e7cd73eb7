import path from "node:path";

/**
 * The typeface of the app's PDFs (certificates, funding report): Source Sans 3 (SIL Open Font
 * License, assets/fonts/OFL.txt), copied from the pinned dev dependency
 * @expo-google-fonts/source-sans-3. The files live in the repository, not in node_modules, so that
 * `next start` finds them after `next build`; a PDF embeds the subset it uses (PDF/UA and
 * archiving need embedded fonts, the 14 standard fonts are not).
 */
const fontDir = path.join(process.cwd(), "assets", "fonts");

export const pdfFonts = {
  regular: path.join(fontDir, "SourceSans3_400Regular.ttf"),
  semiBold: path.join(fontDir, "SourceSans3_600SemiBold.ttf"),
} as const;
