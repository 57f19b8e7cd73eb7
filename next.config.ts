import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks once (scripts/test-all.sh) and builds alongside; a plain `next build` checks types itself.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Native libSQL bindings, the VTIMEZONE data files and PDFKit (reads its font metrics and
  // colour profiles from its own folder at run time) must stay runtime requires, not be bundled.
  // Vega (statistics charts) probes for the optional native `canvas` package with a dynamic import,
  // which a bundler would try to resolve; loaded by Node at run time it simply finds none.
  serverExternalPackages: ["@libsql/client", "libsql", "@touch4it/ical-timezones", "pdfkit", "vega", "vega-lite"],
  experimental: {
    // proxy.ts reads a copy of each body (control characters); Next.js keeps that copy in memory,
    // by default up to 10 MB a request. Nothing posts more than MAX_BODY_BYTES (lib/http/request-guard.ts).
    proxyClientMaxBodySize: "1mb",
  },
  // Content-Security-Policy, Permissions-Policy and HSTS: per request in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
