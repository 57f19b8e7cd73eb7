import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openLinkAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.openLink");
  // The token is in this page's address: never sent to other sites as a referrer ("no-referrer" would
  // also blank the Origin of the form's POST, which the request guard then refuses), no index.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * The link from the mail. Opening it changes nothing: the button does (a POST). Mail programs and
 * virus scanners open links in mails before the person does; a link used up on GET would then
 * never work for the person it was sent to.
 */
export default async function OpenLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("privacy.openLink");
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("text")}</p>
      <form action={openLinkAction}>
        <input type="hidden" name="token" value={String(token).slice(0, 200)} />
        <button type="submit" className="btn">
          {t("button")}
        </button>
      </form>
    </div>
  );
}
