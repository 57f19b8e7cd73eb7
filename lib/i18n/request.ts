import { getRequestConfig } from "next-intl/server";
import { city } from "@/lib/config/city";
import { loadMessages, defaultLocale } from "./messages";

// German only for now; the catalogue is split per area (messages/de/*.json) so English can follow.
export default getRequestConfig(async () => ({
  locale: defaultLocale,
  timeZone: city.timeZone,
  messages: loadMessages(defaultLocale),
}));
