import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidLink } from "@/components/registration/invalid-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration.manage");
  return { title: t("invalidTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A wrong, old or used-up manage link (this page and absagen/): status 404 with a calm text. */
export default function ManageLinkNotFound() {
  return <InvalidLink />;
}
