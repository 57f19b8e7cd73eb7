import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/intern/password-forms";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Passwort vergessen – Interner Bereich" };

export default async function ForgotPasswordPage() {
  const t = await getTranslations("intern.forgot");
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <ClientMessages namespaces={["intern", "common"]}>
        <ForgotPasswordForm />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/intern/anmelden" className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
