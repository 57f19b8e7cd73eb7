import { getLocale, getTranslations } from "next-intl/server";

/**
 * An event's description as the public page shows it: paragraphs split at blank lines. Also the
 * office's preview in /intern uses it (one level deeper, hence the heading level). Organisers write
 * it in German only: English pages mark it lang="de".
 */
export async function EventDescription({ text, headingLevel = 2, id = "beschreibung" }: { text: string; headingLevel?: 2 | 3; id?: string }) {
  const t = await getTranslations("event");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const lang = (await getLocale()) === "de" ? undefined : "de";
  return (
    <section aria-labelledby={id} className="prose-text">
      <Heading id={id} className="mb-2 text-xl font-bold">
        {t("description")}
      </Heading>
      <div lang={lang}>
        {text.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="mb-4 whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}
