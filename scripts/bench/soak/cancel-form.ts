/**
 * The no-JavaScript cancel form of /anmeldung/<token>/absagen, as a browser without JavaScript
 * would send it: every hidden field of the form that holds the confirm button (Next.js puts the
 * server action's reference there), posted as multipart/form-data to the page's address.
 */
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export function cancelFormFields(html: string, buttonText: string): FormData | null {
  for (const match of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const inner = match[1];
    if (!inner.includes(buttonText)) continue;
    const form = new FormData();
    for (const input of inner.matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      const name = /\sname="([^"]*)"/.exec(tag)?.[1];
      if (!name || !/\stype="hidden"/.test(tag)) continue;
      form.append(decode(name), decode(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? ""));
    }
    return form;
  }
  return null;
}
