import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { TextField } from "@/components/forms/fields";

/** The code field of the verification page: a GET form, so it works without JavaScript. */
export async function CertificateVerifyForm({ value, error }: { value?: string; error?: string }) {
  const t = await getTranslations("certificates.verify");
  const action = getPathname({ href: "/bescheinigung", locale: await getLocale() });
  return (
    <form method="get" action={action} className="max-w-xl">
      <TextField name="code" label={t("codeLabel")} hint={t("codeHint")} error={error} defaultValue={value} autoComplete="off" spellCheck={false} maxLength={80} required />
      <button type="submit" className="btn min-h-11">{t("submit")}</button>
    </form>
  );
}
