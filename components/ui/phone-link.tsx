import { telHref } from "@/lib/util/tel-href";

/** A phone number that a phone can dial (`tel:`); plain text when it does not look like a number. */
export function PhoneLink({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? <a href={href}>{phone}</a> : <>{phone}</>;
}

/**
 * The tags of catalogue texts like "Schreiben Sie an <mail>{email}</mail> oder rufen Sie an:
 * <tel>{phone}</tel>" for `t.rich`: the address as a mailto link, the number as a tel link.
 */
export function contactTags(email: string, phone: string) {
  return {
    email,
    phone,
    mail: (chunks: React.ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>,
    tel: () => <PhoneLink phone={phone} />,
  };
}
