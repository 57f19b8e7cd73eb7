import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/config/env";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";
import { localePath } from "@/lib/i18n/locale-routing";
import { locales } from "@/lib/i18n/locales";
import { publicEventPath } from "@/lib/supervision/public-paths";
import { supervisionFormatSlugs } from "@/lib/supervision/public-queries";

export const dynamic = "force-dynamic";

const pages = ["/", "/veranstaltungen", "/supervision", "/barrierefreiheit", "/datenschutz", "/impressum", "/leichte-sprache", "/gebaerdensprache"];

/**
 * The public pages and every published event the calendar shows (the feed's query: upcoming and
 * recent), each in German and in English (/en/…), with the other language as its alternate.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, supervision] = await Promise.all([listPublicEventsForFeed({}), supervisionFormatSlugs()]);
  const inBothLanguages = (path: string, lastModified?: Date): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, path))]));
    return locales.map((l) => ({ url: languages[l], ...(lastModified ? { lastModified } : {}), alternates: { languages } }));
  };
  return [
    ...pages.flatMap((path) => inBothLanguages(path)),
    ...events.filter((e) => e.status === "published").flatMap((e) => inBothLanguages(publicEventPath(e.slug, supervision.has(e.formatSlug)), e.updatedAt)),
  ];
}
