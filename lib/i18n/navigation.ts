import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Language-aware Link, redirect and getPathname: "/veranstaltungen" becomes "/en/veranstaltungen" on English pages. */
export const { Link, redirect, permanentRedirect, getPathname, usePathname, useRouter } = createNavigation(routing);
