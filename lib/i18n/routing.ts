import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

/**
 * German at the plain URLs, English under /en. The prefix is handled by proxy.ts (not by
 * next-intl's middleware, which would need an app/[locale] folder); this config only lets
 * next-intl's Link, redirect and getPathname write the right URLs. The locale cookie is set by
 * proxy.ts too (lib/i18n/locale-routing.ts), so the Link does not need JavaScript for it.
 */
export const routing = defineRouting({ locales, defaultLocale, localePrefix: "as-needed", localeCookie: false, alternateLinks: false });
