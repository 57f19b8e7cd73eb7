import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";
import { publicUrl } from "@/lib/config/env";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    metadataBase: new URL(publicUrl()),
    title: { default: `${city.programmeName} – ${t("cityPrefix")} ${city.name}`, template: `%s – ${city.programmeName} ${city.name}` },
    description: t("siteDescription", { city: city.name }),
  };
}

export const viewport: Viewport = { themeColor: city.accentColor, width: "device-width", initialScale: 1 };

/**
 * Every page renders per request: the Content-Security-Policy (proxy.ts) carries a fresh nonce that
 * Next.js puts on its scripts, which a page rendered at build time could not know. The calendar
 * pages were dynamic already; only the short legal pages and the 404 page lose their static copy.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col bg-white">
        {/* No next-intl provider here: public pages give their client components texts with ClientTexts (lib/i18n/client-texts.tsx), the signed-in area with ClientMessages. */}
        {children}
      </body>
    </html>
  );
}
