"use client";

import { useEffect } from "react";
import { useTexts } from "@/lib/i18n/texts-context";
import { city } from "@/lib/config/city";

/**
 * A calm error page inside the site's layout, in the page's language (texts from ClientTexts in
 * the public layout); details go to the server log, not the screen.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTexts("common.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("text")}</p>
      <p className="mb-6">{t("contact", { phone: city.office.phone })}</p>
      <button type="button" className="btn" onClick={() => reset()}>
        {t("retry")}
      </button>
    </div>
  );
}
