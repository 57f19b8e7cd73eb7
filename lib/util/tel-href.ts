/**
 * A `tel:` address for a phone number as people write it ("06131 000101", "+49 (0)6131/123-45").
 * Keeps a leading "+" and the digits; drops a "(0)" after a country code, which must not be dialled.
 * Null when the text is not plausibly a number (letters, too few or too many digits): then the page
 * shows the text without a link.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const text = phone.trim();
  if (!/^\+?[\d\s()/.\-]+$/.test(text)) return null;
  const international = text.startsWith("+");
  const digits = (international ? text.replace(/\(0\)/g, "") : text).replace(/\D/g, "");
  if (digits.length < 3 || digits.length > 20) return null;
  return `tel:${international ? "+" : ""}${digits}`;
}
