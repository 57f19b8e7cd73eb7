import { createElement, type ComponentProps } from "react";
import NextLink from "next/link";
import { permanentRedirect as nextPermanentRedirect, redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localePath } from "./locale-routing";
import { toLocale } from "./locales";

/**
 * Language-aware links and redirects for the public pages: "/veranstaltungen" becomes
 * "/en/veranstaltungen" on English pages (lib/i18n/locale-routing.ts). Written here rather than
 * taken from next-intl's createNavigation: that module registers next-intl's client Link with
 * every page that imports it, used or not, and with it next-intl's client code (the message
 * formatter among it, about 15 KiB gzipped; docs/benchmarks.md, "Page weight").
 */
type Target = { href: string; locale: string };

/** The address of `href` in the language `locale`. */
export function getPathname({ href, locale }: Target): string {
  return localePath(toLocale(locale), href);
}

export function redirect(target: Target): never {
  return nextRedirect(getPathname(target));
}

export function permanentRedirect(target: Target): never {
  return nextPermanentRedirect(getPathname(target));
}

/**
 * Link for server components: the href gets its language prefix here, on the server, and the
 * browser gets Next.js's own Link, so a click stays a client navigation.
 *
 * It does not prefetch unless asked to: on our dynamic pages every prefetch is a render on the
 * server that the rendered-page cache cannot answer (it is the client router's request for React's
 * payload), and a calendar page with 20 events would send a dozen of them per visit, most for links
 * nobody follows. A click fetches the one page it needs.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return createElement(NextLink, { prefetch: false, ...props, href: getPathname({ href, locale: await getLocale() }) });
}
