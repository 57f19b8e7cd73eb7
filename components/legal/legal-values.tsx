import { selfServicePath } from "@/lib/certificates/paths";
import { city } from "@/lib/config/city";
import { Link } from "@/lib/i18n/navigation";
import { AdaptNote } from "./adapt-note";

type Chunks = React.ReactNode;

/**
 * Everything the legal texts of the catalogue (the "legal" area, German and English) may use with `t.rich`: the city's data as
 * ICU placeholders ({city}, {officeEmail}, ...) and the tags that give the text its structure
 * (<p>, <ul>, <li>), its links and the <adapt> marker for passages a city must adapt.
 */
export const legalValues = {
  city: city.name,
  state: city.state,
  programme: city.programmeName,
  provider: city.legal.provider,
  representative: city.legal.representative,
  vatId: city.legal.vatId,
  officeName: city.office.name,
  street: city.office.street,
  postalCode: city.office.postalCode,
  officeCity: city.office.city,
  officeEmail: city.office.email,
  dpoName: city.legal.dataProtectionOfficer.name,
  dpoEmail: city.legal.dataProtectionOfficer.email,
  authorityName: city.legal.supervisoryAuthority.name,
  enforcementName: city.legal.accessibilityEnforcement.name,
  p: (chunks: Chunks) => <p>{chunks}</p>,
  ul: (chunks: Chunks) => <ul>{chunks}</ul>,
  li: (chunks: Chunks) => <li>{chunks}</li>,
  adapt: (chunks: Chunks) => <AdaptNote>{chunks}</AdaptNote>,
  officeMail: (chunks: Chunks) => <a href={`mailto:${city.office.email}`}>{chunks}</a>,
  dpoMail: (chunks: Chunks) => <a href={`mailto:${city.legal.dataProtectionOfficer.email}`}>{chunks}</a>,
  authorityLink: (chunks: Chunks) => <a href={city.legal.supervisoryAuthority.url}>{chunks}</a>,
  enforcementLink: (chunks: Chunks) => <a href={city.legal.accessibilityEnforcement.url}>{chunks}</a>,
  meineDaten: (chunks: Chunks) => <Link href={selfServicePath}>{chunks}</Link>,
};
