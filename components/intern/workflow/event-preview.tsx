import { getTranslations } from "next-intl/server";
import { EventDescription } from "@/components/events/event-description";
import { EventFacts } from "@/components/events/event-facts";
import type { EventPreview } from "@/lib/event-admin/review-preview";

/**
 * The public page of an event as visitors will see it (the same components the public page uses),
 * framed so that it does not read as part of /intern; then the registration form's extra questions.
 */
export async function EventPreviewSection({ preview, note }: { preview: EventPreview; note?: string }) {
  const t = await getTranslations("internWorkflow.detail");
  const tf = await getTranslations("internEvents.form.fields");
  const { facts: e, questions } = preview;
  return (
    <>
      <section aria-labelledby="vorschau" className="mb-8" data-testid="event-preview">
        <h2 id="vorschau" className="mb-2 text-2xl font-bold">
          {t("previewHeading")}
        </h2>
        <p className="mb-3">{t("previewIntro")}</p>
        {note && <p className="mb-3 font-semibold">{note}</p>}
        <div className="rounded border-2 border-dashed border-ink p-4">
          <p className="mb-1 font-semibold text-accent">{e.format.name}</p>
          <h3 className="mb-4 text-3xl font-bold leading-tight">{e.event.title}</h3>
          <p className="prose-text mb-6 text-xl">{e.event.summary}</p>
          <EventFacts e={e} now={new Date()} />
          <EventDescription text={e.event.description} headingLevel={3} id="vorschau-beschreibung" />
        </div>
      </section>
      <section aria-labelledby="fragen" className="mb-8" data-testid="event-questions">
        <h2 id="fragen" className="mb-3 text-2xl font-bold">
          {t("questionsHeading")}
        </h2>
        {questions.length === 0 ? (
          <p>{t("questionsNone")}</p>
        ) : (
          <ol className="list-decimal space-y-3 pl-6">
            {questions.map((q) => (
              <li key={q.id}>
                <p className="font-semibold">{q.label}</p>
                <p className="text-muted">
                  {tf(`kinds.${q.kind}`)} · {q.required ? t("questionRequired") : t("questionOptional")}
                </p>
                {q.help && <p>{q.help}</p>}
                {q.options.length > 0 && <p>{t("questionOptions", { options: q.options.join(" / ") })}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
