import http from "node:http";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

/**
 * A real SMTP server for the end-to-end tests, started by scripts/e2e-server.ts. It keeps every
 * message it receives and shows them on a small HTTP side door (GET /messages, DELETE /messages),
 * so that tests can read the mails the app sent.
 */
export type SunkMail = { to: string[]; subject: string; text: string; html: string; messageId: string; attachments: { filename: string; contentType: string; content: string }[]; receivedAt: string };

export async function startSmtpSink(smtpPort: number, httpPort: number) {
  const mails: SunkMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));
          mails.push({
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") })),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  const side = http.createServer((req, res) => {
    if (req.method === "DELETE") mails.length = 0;
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify(mails));
  });
  await new Promise<void>((resolve) => side.listen(httpPort, "127.0.0.1", resolve));
  return {
    close: () => Promise.all([new Promise((r) => smtp.close(() => r(null))), new Promise((r) => side.close(() => r(null)))]),
  };
}
