/**
 * The message syntax the browser's texts understand (lib/i18n/texts-context.tsx): plain text with
 * `{name}` arguments and ICU's quoting ('' is one apostrophe, '{…}' is literal). Messages with
 * plural, select, number or date arguments or rich-text tags are not sent to the browser at all
 * (see isSimpleText): those are formatted on the server by next-intl, whose full formatter
 * (intl-messageformat, about 12 KiB gzipped) the public pages do not load.
 */
export function formatText(message: string, values?: Record<string, string | number>): string {
  let out = "";
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "'" && message[i + 1] === "'") {
      out += "'";
      i++;
    } else if (c === "'" && (message[i + 1] === "{" || message[i + 1] === "}")) {
      const end = message.indexOf("'", i + 1);
      out += message.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? message.length : end;
    } else if (c === "{") {
      const end = message.indexOf("}", i);
      const name = message.slice(i + 1, end).trim();
      const value = values?.[name];
      out += value === undefined ? `{${name}}` : String(value);
      i = end;
    } else out += c;
  }
  return out;
}

/** Whether formatText can format the message: arguments are plain `{name}`, no rich-text tags. */
export function isSimpleText(message: string): boolean {
  return !/\{\s*[\w.]+\s*,/.test(message) && !/<\/?[A-Za-z][\w-]*\s*\/?>/.test(message);
}
