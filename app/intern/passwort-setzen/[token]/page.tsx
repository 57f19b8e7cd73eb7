import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/intern/password-forms";
import { findAccountToken } from "@/lib/auth/account-tokens";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { title: "Passwort festlegen – Interner Bereich", referrer: "same-origin" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("intern.setPassword");
  const found = await findAccountToken(token);
  if (!found) notFound();
  return (
    <div className="max-w-lg">
      <h1 className="mb-4 text-3xl font-bold">{found.purpose === "invite" ? t("titleInvite") : t("titleReset")}</h1>
      <p className="mb-6">{t("account", { email: found.email })}</p>
      <ClientMessages namespaces={["intern", "common"]}>
        <SetPasswordForm token={token} email={found.email} />
      </ClientMessages>
    </div>
  );
}
