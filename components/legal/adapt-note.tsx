import { getTranslations } from "next-intl/server";

/**
 * A passage another city must check and adapt before going live. The text prefix keeps the
 * marking readable without colour (and for screen readers); `.adapt-note` adds the visible box.
 */
export async function AdaptNote({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("legal");
  return (
    <p className="adapt-note">
      <strong>{t("adaptPrefix")}</strong> {children}
    </p>
  );
}
