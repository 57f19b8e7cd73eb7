import { getTranslations } from "next-intl/server";
import { city } from "@/lib/config/city";

/** The postal address and contact details of the city's coordination office, from city.ts. */
export async function OfficeAddress() {
  const t = await getTranslations("legal.address");
  const { office } = city;
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
      {t("hours", { hours: office.hours })}
      <br />
      {t("email")} <a href={`mailto:${office.email}`}>{office.email}</a>
    </address>
  );
}
