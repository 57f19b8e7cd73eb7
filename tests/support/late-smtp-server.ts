import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

/**
 * A real SMTP server on a port reserved up front that starts only when the test says so: until
 * then the port refuses connections, as a mail server that is down does. Keeps the subjects of the
 * mails it received.
 */
export async function lateSmtpServer() {
  const port = await freePort();
  const received: string[] = [];
  let server: SMTPServer | null = null;
  return {
    port,
    received,
    start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream).then((mail) => {
            received.push(mail.subject ?? "");
            callback();
          }, callback);
        },
      });
      return new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", () => resolve()));
    },
    close() {
      return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

function freePort() {
  return new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
