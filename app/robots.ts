import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/config/env";

// PUBLIC_URL is read when the server runs, not when it is built.
export const dynamic = "force-dynamic";

/** Search engines may read the public calendar; the signed-in area, manage links, "Meine Daten" and its links, API and dev pages are not for them (in either language). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/intern", "/api", "/anmeldung", "/meine-daten/", "/dev", "/en/anmeldung", "/en/meine-daten/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
