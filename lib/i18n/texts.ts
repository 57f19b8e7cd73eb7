/**
 * A translate function limited to the keys a module needs. Schemas and helpers that also run in the
 * browser take their texts as one of these instead of importing the catalogue (which would put the
 * whole catalogue into every client bundle that imports them). next-intl's useTranslations(…) in a
 * client component and a server translator (lib/i18n/translator.ts) both fit.
 * A type only: importing it costs the browser nothing.
 */
export type Texts<Key extends string> = (key: Key, values?: Record<string, string | number>) => string;

/** "a.b" for every key b of T: the keys of a part of a namespace, e.g. `Keys<"errors", Errors>`. */
export type KeysUnder<Prefix extends string, T> = `${Prefix}.${keyof T & string}`;
