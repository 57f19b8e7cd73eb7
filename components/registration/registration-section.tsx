import { registrationSettings } from "@/lib/config/registration-settings";
import { getLocale, getTranslations } from "next-intl/server";
import { registerAction } from "@/app/(public)/veranstaltungen/[slug]/actions";
import { contactTags } from "@/components/ui/phone-link";
import { city } from "@/lib/config/city";
import { formatDateTime } from "@/lib/dates/format";
import { ClientTexts } from "@/lib/i18n/client-texts";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicEvent } from "@/lib/events/public-queries";
import { registrationWindowState, seatAvailability } from "@/lib/events/rules";
import { listActiveInitiatives, listEventQuestions } from "@/lib/registrations/queries";
import { HONEYPOT_FIELD, STARTED_FIELD } from "@/lib/registrations/spam";
import { formStartedTokenForPage } from "@/lib/http/page-cache/form-token-for-page";
import { RegistrationForm } from "./registration-form";

/** The registration part of an event page: the state before anyone types, then the form. */
export async function RegistrationSection({ event, now }: { event: PublicEvent; now: Date }) {
  const t = await getTranslations("registration");
  const locale = (await getLocale()) as Locale;
  const state = registrationWindowState(event.event, now);
  const { left, state: seats } = seatAvailability(event.event.capacity, event.seatsTaken);
  const contact = t.rich("state.contact", contactTags(event.organisation.email ?? city.office.email, event.organisation.phone ?? city.office.phone));
  const closedText =
    state === "not_yet_open" && event.event.registrationOpensAt
      ? t("state.notYetOpen", { date: formatDateTime(event.event.registrationOpensAt, locale) })
      : state === "cancelled"
        ? t("state.cancelled")
        : state === "past"
          ? t("state.past")
          : event.event.registrationClosed
            ? t("state.closedEarly")
            : t("state.closed");
  return (
    <section id="anmeldung" aria-labelledby="anmeldung-heading" className="mt-10 rounded border-2 border-accent p-4 sm:p-6">
      <h2 id="anmeldung-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      {state !== "open" ? (
        <p className="text-lg font-semibold">{closedText}</p>
      ) : (
        <>
          <p className="mb-1 text-lg font-semibold">{seats === "full" ? t("state.waitlist") : t("state.seatsLeft", { count: left })}</p>
          <p className="mb-4">{t("intro")}</p>
          <ClientTexts paths={["registration"]}>
            <RegistrationForm
              action={registerAction.bind(null, event.event.slug)}
              questions={await listEventQuestions(event.event.id)}
              initiatives={await listActiveInitiatives()}
              startedToken={await formStartedTokenForPage(event.event.slug)}
              waitlist={seats === "full"}
              honeypotField={HONEYPOT_FIELD}
              startedField={STARTED_FIELD}
              minFillMs={registrationSettings().minFillSeconds * 1000}
            />
          </ClientTexts>
        </>
      )}
      <p className="mt-4 text-sm">{contact}</p>
    </section>
  );
}
