import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { templateNotesVisible } from "@/lib/legal/template-notes";

/**
 * A passage another city must check and adapt before going live. Shown only while developing and
 * to a signed-in coordinator (lib/legal/template-notes.ts); everyone else sees nothing here. The
 * text prefix keeps the marking readable without colour (and for screen readers); `.adapt-note`
 * adds the visible box.
 */
export async function AdaptNote({ children }: { children: React.ReactNode }) {
  const nodeEnv = process.env.NODE_ENV;
  // The session is read only where it can change the answer (currentActor is cached per request).
  const role = nodeEnv === "production" ? ((await currentActor())?.role ?? null) : null;
  if (!templateNotesVisible({ nodeEnv, role })) return null;
  const t = await getTranslations("legal");
  return (
    <p className="adapt-note">
      <strong>{t("adaptPrefix")}</strong> {children}
    </p>
  );
}
