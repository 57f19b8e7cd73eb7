import { getTranslations } from "next-intl/server";
import { contactTags } from "@/components/ui/phone-link";
import { city } from "@/lib/config/city";

/** A calm page for a wrong, old or used-up manage link. */
export async function InvalidLink() {
  const t = await getTranslations("registration.manage");
  return (
    <div className="prose-text">
      <h1 className="mb-4 text-3xl font-bold">{t("invalidTitle")}</h1>
      <p className="mb-4">{t("invalidText")}</p>
      <p>{t.rich("invalidContact", contactTags(city.office.email, city.office.phone))}</p>
    </div>
  );
}
