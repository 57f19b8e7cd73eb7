"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { MessageKeys, NamespaceKeys, NestedKeyOf, NestedValueOf } from "use-intl/core";
import { formatText } from "./format-text";
import type { Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * Catalogue texts for client components, given by the server (lib/i18n/client-texts.tsx): the
 * areas a page's client components need, in the page's language. The browser-side counterpart of
 * next-intl's useTranslations for the public pages, at a fraction of its size: only `t(key)`,
 * `t(key, { name })` and `t.raw(key)` (lib/i18n/format-text.ts), which is all their forms use.
 * The signed-in area's own components keep next-intl (ClientMessages gives both).
 */

export type TextTree = { [key: string]: string | TextTree };
type Texts = { locale: Locale; messages: TextTree };

const TextsContext = createContext<Texts>({ locale: "de", messages: {} });

/** Adds the given texts to those of an enclosing provider (per top-level area, the inner one wins). */
export function TextsProvider({ locale, messages, children }: Texts & { children: ReactNode }) {
  const outer = useContext(TextsContext);
  const value = useMemo(() => {
    const merged: TextTree = { ...outer.messages };
    for (const [area, texts] of Object.entries(messages)) {
      const before = merged[area];
      merged[area] = typeof before === "object" && typeof texts === "object" ? { ...before, ...texts } : texts;
    }
    return { locale, messages: merged };
  }, [outer, locale, messages]);
  return <TextsContext.Provider value={value}>{children}</TextsContext.Provider>;
}

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type KeyIn<N extends Namespace> = MessageKeys<NestedValueOf<Messages, N>, NestedKeyOf<NestedValueOf<Messages, N>>>;
export type ClientTexts<N extends Namespace> = ((key: KeyIn<N>, values?: Record<string, string | number>) => string) & { raw: (key: KeyIn<N>) => string };

/** The texts under `namespace` ("registration.fields"), as next-intl's useTranslations names them. */
export function useTexts<N extends Namespace>(namespace: N): ClientTexts<N> {
  const { messages } = useContext(TextsContext);
  const lookup = (key: string): string => {
    const found = `${namespace}.${key}`.split(".").reduce<string | TextTree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages);
    if (typeof found === "string") return found;
    // A missing text shows its key (as next-intl does) rather than breaking the form.
    console.error(`Text fehlt im Browser: ${namespace}.${key}`);
    return `${namespace}.${key}`;
  };
  return Object.assign((key: KeyIn<N>, values?: Record<string, string | number>) => formatText(lookup(key), values), { raw: (key: KeyIn<N>) => lookup(key) });
}

/** The page's language, for language-aware links in client components. */
export function useTextsLocale(): Locale {
  return useContext(TextsContext).locale;
}
