"use client";

import messages from "@/messages/de/common.json";
import "./globals.css";

/** Last resort when even the root layout fails: plain German, no providers needed. */
export default function GlobalError() {
  return (
    <html lang="de">
      <body className="mx-auto max-w-2xl p-8">
        <h1 className="mb-4 text-3xl font-bold">{messages.error.title}</h1>
        <p className="mb-4">{messages.error.text}</p>
        <p>
          {/* A full page load on purpose: the app's own router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">{messages.notFound.homeLink}</a>
        </p>
      </body>
    </html>
  );
}
