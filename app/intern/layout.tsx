import type { Metadata } from "next";
import { InternHeader } from "@/components/intern/intern-header";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The signed-in area. Every page checks the session itself; the data layer checks every access.
 * Its forms (components/forms/server-form.tsx) take their texts from "common" (German here).
 */
export default function InternLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <InternHeader />
      <main id="inhalt" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {/* The shared form texts (error summary, "Wird gesendet …") for every form of the area; forms with texts of their own get their areas where they are rendered. */}
        <ClientMessages namespaces={["common"]}>{children}</ClientMessages>
      </main>
    </>
  );
}
