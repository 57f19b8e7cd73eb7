"use client";

import { useLocale } from "next-intl";
import { localePath } from "@/lib/i18n/locale-routing";
import { toLocale } from "@/lib/i18n/locales";

/**
 * A path in the page's language ("/datenschutz" becomes "/en/datenschutz" on English pages), for
 * plain <a> links in the public forms: next-intl's client Link would add its navigation code
 * (about 1.5 KiB gzipped) to pages whose only other client code is the form.
 */
export function useLocalHref() {
  const locale = toLocale(useLocale());
  return (path: string) => localePath(locale, path);
}
