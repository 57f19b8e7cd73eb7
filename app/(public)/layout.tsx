import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientTexts } from "@/lib/i18n/client-texts";
import { LanguageAlternates } from "@/components/layout/language-switch";
import { publicUrl } from "@/lib/config/env";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <LanguageAlternates origin={publicUrl()} />
      <SiteHeader />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {/* error.tsx renders inside this layout and takes its few texts from here; "common.forms" is for the form pieces of every public page (the word before an error). */}
        <ClientTexts paths={["common.error", "common.forms"]}>{children}</ClientTexts>
      </main>
      <SiteFooter />
    </>
  );
}
