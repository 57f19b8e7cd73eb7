import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { city } from "@/lib/config/city";
import { ClientTexts } from "./client-texts";
import { pickMessages, type Namespace } from "./messages";
import { formats } from "./formats";
import type { Locale } from "./locales";

/**
 * For the signed-in area: gives the client components inside it the named catalogue areas, in the
 * request's language, both for next-intl's useTranslations (the area's own components) and for
 * useTexts (the shared form pieces in components/forms). A whole catalogue in the browser would
 * cost every page its download. Public pages use ClientTexts alone: next-intl's client code
 * (about 15 KiB gzipped) stays off them.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, namespaces)} timeZone={city.timeZone} formats={formats}>
      <ClientTexts paths={namespaces}>{children}</ClientTexts>
    </NextIntlClientProvider>
  );
}
