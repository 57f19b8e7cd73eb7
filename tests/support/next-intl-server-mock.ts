import { createTranslator } from "next-intl";
import { city } from "@/lib/config/city";
import { formats } from "@/lib/i18n/formats";
import { localePath } from "@/lib/i18n/locale-routing";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * Stand-ins for next-intl's request-bound parts when a test calls a server action directly (no
 * request, so no language): use with vi.mock in the test file. `request.locale` is the language of
 * the "page" the action was posted from; redirects throw like Next.js's, with the URL in `to`.
 */
export const intlRequest: { locale: Locale } = { locale: "de" };

export const nextIntlServer = {
  getLocale: async () => intlRequest.locale,
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: intlRequest.locale, messages: loadMessages(intlRequest.locale), namespace: namespace as never, timeZone: city.timeZone, formats }),
};

export const i18nNavigation = {
  redirect: ({ href, locale }: { href: string; locale: Locale }) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to: localePath(locale, href) });
  },
  getPathname: ({ href, locale }: { href: string; locale: Locale }) => localePath(locale, href),
};
