import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="de">
      <body className="min-h-screen flex flex-col bg-white">{children}</body>
    </html>
  );
}
