"use client";

import { useEffect } from "react";
import messages from "@/messages/de/common.json";
import { city } from "@/lib/config/city";

/** A calm German error page inside the site's layout; details go to the server log, not the screen. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Client component: it reads the catalogue directly instead of through a provider on every page.
  const t = messages.error;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
      <p className="mb-4">{t.text}</p>
      <p className="mb-6">{t.contact.replace("{phone}", city.office.phone)}</p>
      <button type="button" className="btn" onClick={() => reset()}>
        {t.retry}
      </button>
    </div>
  );
}
