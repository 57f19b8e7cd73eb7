import { getRequestConfig } from "next-intl/server";
import { city } from "@/lib/config/city";
import { loadMessages } from "./messages";
import { toLocale } from "./locales";
import { formats } from "./formats";

/**
 * The language of a request comes from its URL: proxy.ts strips the /en prefix and hands the
 * locale on in next-intl's request header, which `requestLocale` reads. Everything else is German.
 */
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const locale = toLocale(explicit ?? (await requestLocale));
  return { locale, timeZone: city.timeZone, messages: loadMessages(locale), formats };
});
