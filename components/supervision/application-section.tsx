import { registrationSettings } from "@/lib/config/registration-settings";
import { getTranslations } from "next-intl/server";
import { applyAction } from "@/app/(public)/supervision/[slug]/actions";
import { contactTags } from "@/components/ui/phone-link";
import { city } from "@/lib/config/city";
import { formatDateTime } from "@/lib/dates/format";
import type { PublicEvent } from "@/lib/events/public-queries";
import { listActiveInitiatives } from "@/lib/registrations/queries";
import { HONEYPOT_FIELD, STARTED_FIELD } from "@/lib/registrations/spam";
import { formStartedTokenForPage } from "@/lib/http/page-cache/form-token-for-page";
import { applicationWindowState } from "@/lib/supervision/public-rules";
import { ClientTexts } from "@/lib/i18n/client-texts";
import { ApplicationForm } from "./application-form";

/** The application part of a group's page: why one cannot apply now, or the form. */
export async function ApplicationSection({ group, now }: { group: PublicEvent; now: Date }) {
  const t = await getTranslations("supervision.apply");
  const state = applicationWindowState(group.event, now);
  const opensAt = group.event.registrationOpensAt;
  const closedText =
    state === "open" ? "" : state === "not_yet_open" ? (opensAt ? t("state.notYetOpen", { date: formatDateTime(opensAt) }) : t("state.closed")) : t(`state.${state}`);
  const contact = t.rich("contact", contactTags(group.organisation.email ?? city.office.email, group.organisation.phone ?? city.office.phone));
  return (
    <section id="bewerbung" aria-labelledby="bewerbung-heading" className="mt-10 rounded border-2 border-accent p-4 sm:p-6">
      <h2 id="bewerbung-heading" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      {state !== "open" ? (
        <p className="text-lg font-semibold">{closedText}</p>
      ) : (
        <>
          {group.seatsTaken >= group.event.capacity && <p className="mb-2 text-lg font-semibold">{t("fullNote")}</p>}
          <p className="mb-4">{t("intro")}</p>
          <ClientTexts paths={["registration", "supervision.apply", "supervision.errors"]}>
            <ApplicationForm
              action={applyAction.bind(null, group.event.slug)}
              initiatives={await listActiveInitiatives()}
              startedToken={await formStartedTokenForPage(group.event.slug)}
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
