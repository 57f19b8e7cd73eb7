import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ErrorMessages } from "@/components/layout/error-messages";
import { LanguageAlternates } from "@/components/layout/language-switch";
import { publicUrl } from "@/lib/config/env";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <LanguageAlternates origin={publicUrl()} />
      <SiteHeader />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {/* error.tsx renders inside this layout: it takes its few texts from here. */}
        <ErrorMessages>{children}</ErrorMessages>
      </main>
      <SiteFooter />
    </>
  );
}
