import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { CertificateVerifyForm } from "@/components/certificates/verify-form";
import { normalizeCode } from "@/lib/certificates/code-format";
import { verifyPath } from "@/lib/certificates/paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificates.verify");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Anyone holding a printed certificate types its code here; a code that looks right goes to its page. */
export default async function VerifyCertificateFormPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code.slice(0, 80) : undefined;
  const t = await getTranslations("certificates.verify");
  if (typed) {
    const normalized = normalizeCode(typed);
    if (normalized) redirect({ href: verifyPath(normalized), locale: await getLocale() });
  }
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold hyphens-auto break-words sm:text-3xl">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <CertificateVerifyForm value={typed} error={typed ? t("codeInvalid") : undefined} />
    </div>
  );
}
