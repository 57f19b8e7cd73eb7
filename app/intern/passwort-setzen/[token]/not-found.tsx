import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const metadata: Metadata = { title: "Passwort festlegen – Interner Bereich", referrer: "no-referrer" };

/** A wrong, old or used invitation or reset link: status 404, and the way to a new link. */
export default async function SetPasswordLinkNotFound() {
  const t = await getTranslations("intern.setPassword");
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-3xl font-bold">{t("invalidTitle")}</h1>
      <p className="mb-6">{t("invalidText")}</p>
      <Link href="/intern/passwort-vergessen" className="btn">
        {t("invalidAction")}
      </Link>
    </div>
  );
}
