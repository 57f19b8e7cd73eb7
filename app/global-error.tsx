"use client";

import "./globals.css";

/**
 * Last resort when even the root layout fails: no providers, no catalogue, no request language (this
 * replaces the layout that knew it). So the page says it in both languages, each part marked with
 * its language. Kept literal on purpose: it must not depend on anything that could have failed.
 */
export default function GlobalError() {
  return (
    <html lang="de">
      <body className="mx-auto max-w-2xl p-8">
        <h1 className="mb-4 text-3xl font-bold">
          Das hat leider nicht geklappt <span lang="en">/ Something went wrong</span>
        </h1>
        <p className="mb-4">Auf unserer Seite ist ein Fehler passiert. Bitte versuchen Sie es in ein paar Minuten noch einmal.</p>
        <p className="mb-4" lang="en">
          An error happened on our site. It is not your fault. Please try again in a few minutes.
        </p>
        <p>
          {/* A full page load on purpose: the app's own router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Zur Startseite</a> <span aria-hidden="true">·</span>{" "}
          <a href="/en" lang="en" hrefLang="en">
            To the home page
          </a>
        </p>
      </body>
    </html>
  );
}
