import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { city } from "@/lib/config/city";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * The texts of the public error page (app/(public)/error.tsx, a client component), in the request's
 * language: only common.error, four short sentences, so every public page ships almost nothing.
 * Client components further down that need more bring their own ClientMessages.
 */
export async function ErrorMessages({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const messages = { common: { error: loadMessages(locale).common.error } };
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone={city.timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
