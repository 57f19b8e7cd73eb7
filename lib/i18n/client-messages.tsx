import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { city } from "@/lib/config/city";
import { pickMessages, type Namespace } from "./messages";
import { formats } from "./formats";
import type { Locale } from "./locales";

/**
 * Gives the client components inside it the named catalogue areas, in the request's language, and
 * nothing more: a whole catalogue in the browser would cost every page its download.
 * Client components then use next-intl's useTranslations as server components do.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: React.ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(locale, namespaces)} timeZone={city.timeZone} formats={formats}>
      {children}
    </NextIntlClientProvider>
  );
}
