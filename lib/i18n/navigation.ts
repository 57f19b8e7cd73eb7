import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

/** Language-aware redirect and getPathname: "/veranstaltungen" becomes "/en/veranstaltungen" on English pages. */
export const { redirect, permanentRedirect, getPathname, usePathname, useRouter } = navigation;

/**
 * Language-aware Link. It does not prefetch unless asked to: on our dynamic pages every prefetch is
 * a render on the server that the rendered-page cache cannot answer (it is the client router's
 * request for React's payload), and a calendar page with 20 events would send a dozen of them per
 * visit, most for links nobody follows. A click fetches the one page it needs.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
