import { describe, expect, it } from "vitest";
import { selfServiceLinkMail } from "@/lib/mail/templates/self-service-link";
import { selfServiceLinksResendMail } from "@/lib/mail/templates/self-service-links-resend";

/** The two mails of "Meine Daten": text and HTML alike, readable on a narrow phone, escaped. */
describe("Meine Daten mails", () => {
  const url = "https://example.org/meine-daten/zugang/" + "a".repeat(43);

  it("carry the link, its 60 minutes and what to do if one did not ask, as text and HTML", () => {
    const mail = selfServiceLinkMail({ url });
    expect(mail.subject).toMatch(/^Ihr Link zu „Meine Daten“/);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(url);
      expect(body).toContain("60 Minuten");
      expect(body).toContain("Wenn Sie keinen Link angefordert haben");
    }
    // No name: the request proves nothing yet.
    expect(mail.text).toMatch(/^Guten Tag,/);
    // Long links wrap instead of widening the mail on a 320 px screen.
    expect(mail.html).toContain('name="viewport"');
    expect(mail.html).toMatch(/word-break:break-all/);
  });

  it("list one link per registration, with titles escaped", () => {
    const mail = selfServiceLinksResendMail({
      firstName: "Lea",
      links: [
        { title: "Deeskalation <b>kompakt</b>", when: "Di., 8. Dez. 2026, 18:00–20:00 Uhr", url: "https://example.org/anmeldung/" + "b".repeat(43) },
        { title: "Asylrecht", when: "Mi., 9. Dez. 2026, 18:00–20:00 Uhr", url: "https://example.org/anmeldung/" + "c".repeat(43) },
      ],
    });
    expect(mail.text).toContain("Guten Tag Lea,");
    expect(mail.text.match(/\/anmeldung\//g)).toHaveLength(2);
    expect(mail.text).toContain("Deeskalation <b>kompakt</b> (Di., 8. Dez. 2026, 18:00–20:00 Uhr)");
    expect(mail.html).toContain("Deeskalation &lt;b&gt;kompakt&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>kompakt</b>");
  });

  it("say so when there is no upcoming registration", () => {
    const mail = selfServiceLinksResendMail({ firstName: "", links: [] });
    expect(mail.text).toContain("keine kommenden Anmeldungen");
    expect(mail.text).not.toContain("/anmeldung/");
  });
});
