import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/locale-routing";

/**
 * On the English legal pages: a note that the translation is a courtesy and only the German text is
 * binding, with a link to it. Nothing on German pages. `path` is the page's German address.
 */
export async function BindingVersion({ path }: { path: string }) {
  if ((await getLocale()) === "de") return null;
  const t = await getTranslations("legal");
  return (
    <p role="note" className="border-l-4 border-accent bg-soft p-4">
      {t("bindingNote")}{" "}
      <a href={localePath("de", path)} hrefLang="de">
        {t("bindingLink")}
      </a>
    </p>
  );
}
