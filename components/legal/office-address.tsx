import { getLocale, getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";

/** The postal address and contact details of the city's coordination office, from city.ts. */
export async function OfficeAddress() {
  const t = await getTranslations("legal.address");
  const { office } = city;
  // The phone hours are the city's German words: marked on English pages.
  const lang = (await getLocale()) === "de" ? undefined : "de";
  return (
    <address className="mb-4 not-italic">
      {office.name}
      <br />
      {office.department}
      <br />
      {office.street}
      <br />
      {office.postalCode} {office.city}
      <br />
      {t("phone")} <a href={`tel:${office.phoneHref}`}>{office.phone}</a>
      <br />
      {t.rich("hours", { hours: office.hours, de: (chunks) => <span lang={lang}>{chunks}</span> })}
      <br />
      {t("email")} <a href={`mailto:${office.email}`}>{office.email}</a>
    </address>
  );
}
