import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalSection } from "@/components/legal/legal-section";
import { plainAccessValues } from "@/components/plain-access/rich-values";
import { city } from "@/lib/config/city";
import { formatDuration, formatFileSize } from "@/lib/media/file-facts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plainAccess.sign");
  return { title: t("title") };
}

/**
 * The site explained in German Sign Language (BITV 2.0 § 4): the city's self-hosted video
 * (lib/config/city.ts, signLanguageVideo), also offered for download with its size (Anlage 2
 * Teil 1); until the city puts one in place, a plain placeholder pointing to Leichte Sprache.
 */
export default async function SignLanguagePage() {
  const t = await getTranslations("plainAccess.sign");
  const video = city.signLanguageVideo;
  return (
    <div className="prose-text">
      <h1 className="mb-6 text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {video ? (
        <section aria-labelledby="video">
          <h2 id="video">{t("videoHeading")}</h2>
          <video controls preload="metadata" className="w-full max-w-3xl bg-ink" aria-labelledby="video">
            <source src={video.path} type={video.mimeType} />
            {video.captionsPath && <track kind="captions" src={video.captionsPath} srcLang="de" label={t("captions")} default />}
            {t("noVideoSupport")}
          </video>
          <p>
            <a href={video.path} download>
              {t("download", { type: video.mimeType.replace(/^video\//, "").toUpperCase(), size: formatFileSize(video.sizeBytes), duration: formatDuration(video.durationSeconds) })}
            </a>
          </p>
        </section>
      ) : (
        <section aria-labelledby="video" className="border-l-4 border-accent bg-soft p-4">
          <h2 id="video" className="mt-0">
            {t("placeholderHeading")}
          </h2>
          <p>{t.rich("placeholder", plainAccessValues)}</p>
        </section>
      )}
      <LegalSection id="dolmetschen" heading={t("interpreterHeading")}>
        <p>{t.rich("interpreter", plainAccessValues)}</p>
      </LegalSection>
      <p>{t.rich("more", plainAccessValues)}</p>
    </div>
  );
}
