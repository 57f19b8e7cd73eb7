/**
 * Fills "{name}" placeholders of a catalogue text, for code that runs outside a React request
 * (route handlers building feeds, problem documents, later e-mails) and reads messages/de directly.
 */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
