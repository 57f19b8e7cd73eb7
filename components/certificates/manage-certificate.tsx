import { getTranslations } from "next-intl/server";
import { formatHours } from "@/lib/certificates/hours";
import { certificatePdfUrl } from "@/lib/certificates/paths";
import { certificateOfRegistration } from "@/lib/certificates/queries";

/** On the manage page: the person's certificate of attendance, once attendance is closed and they are entitled. */
export async function ManageCertificate({ registrationId, token }: { registrationId: number; token: string }) {
  const facts = await certificateOfRegistration(registrationId);
  if (!facts) return null;
  const t = await getTranslations("certificates.manage");
  return (
    <section aria-labelledby="bescheinigung" className="mb-8 border-l-8 border-ok bg-soft p-4">
      <h2 id="bescheinigung" className="mb-2 text-xl font-bold">{t("heading")}</h2>
      <p className="mb-2">{t("text", { hours: formatHours(facts.minutesAttended) })}</p>
      <p className="mb-2">
        <a href={certificatePdfUrl(token)} className="inline-flex min-h-11 items-center font-semibold" download>
          {t("download")}
        </a>
      </p>
      <p className="text-sm text-muted">{t("code", { code: facts.code })}</p>
    </section>
  );
}
