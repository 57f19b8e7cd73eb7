import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/config/env";
import { listPublicEventsForFeed } from "@/lib/events/public-queries";
import { publicEventPath } from "@/lib/supervision/public-paths";
import { supervisionFormatSlugs } from "@/lib/supervision/public-queries";

export const dynamic = "force-dynamic";

const pages = ["/", "/veranstaltungen", "/supervision", "/barrierefreiheit", "/datenschutz", "/impressum"];

/** The public pages and every published event the calendar shows (the feed's query: upcoming and recent). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [events, supervision] = await Promise.all([listPublicEventsForFeed({}), supervisionFormatSlugs()]);
  return [
    ...pages.map((path) => ({ url: absoluteUrl(path) })),
    ...events
      .filter((e) => e.status === "published")
      .map((e) => ({ url: absoluteUrl(publicEventPath(e.slug, supervision.has(e.formatSlug))), lastModified: e.updatedAt })),
  ];
}
