"use client";

import { useTextsLocale } from "@/lib/i18n/texts-context";
import { localePath } from "@/lib/i18n/locale-routing";

/**
 * A path in the page's language ("/datenschutz" becomes "/en/datenschutz" on English pages), for
 * plain <a> links in the public forms: a client Link would add navigation code to pages whose only
 * other client code is the form.
 */
export function useLocalHref() {
  const locale = useTextsLocale();
  return (path: string) => localePath(locale, path);
}
