import { Link } from "@/lib/i18n/navigation";
import { legalValues } from "@/components/legal/legal-values";
import { city } from "@/lib/config/city";

type Chunks = React.ReactNode;

/** The tags and values the Leichte-Sprache and Gebärdensprache texts use with `t.rich`; links stay in the page's language. */
export const plainAccessValues = {
  ...legalValues,
  phone: city.office.phone,
  phoneLink: (chunks: Chunks) => <a href={`tel:${city.office.phoneHref}`}>{chunks}</a>,
  events: (chunks: Chunks) => <Link href="/veranstaltungen">{chunks}</Link>,
  supervision: (chunks: Chunks) => <Link href="/supervision">{chunks}</Link>,
  sign: (chunks: Chunks) => <Link href="/gebaerdensprache">{chunks}</Link>,
  easy: (chunks: Chunks) => <Link href="/leichte-sprache">{chunks}</Link>,
  statement: (chunks: Chunks) => <Link href="/barrierefreiheit">{chunks}</Link>,
};
