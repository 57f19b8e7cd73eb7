import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export async function generateMetadata() {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

/** The 404 page in the request's language (/en/… → English), with the site's header and footer (it renders outside the (public) group). */
export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <>
      <SiteHeader />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        <div className="prose-text">
          <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
          <p className="mb-4">{t("text")}</p>
          <ul className="space-y-2">
            <li>
              <Link href="/veranstaltungen">{t("calendarLink")}</Link>
            </li>
            <li>
              <Link href="/">{t("homeLink")}</Link>
            </li>
          </ul>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
