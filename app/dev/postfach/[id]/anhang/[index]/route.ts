import { currentActor } from "@/lib/auth/session";
import { getMailboxAttachment, mailboxEnabled } from "@/lib/mail/mailbox-queries";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; index: string }> };

/** Downloads one attachment of a mail in the local mailbox (development and demo only). */
export async function GET(_request: Request, { params }: Context) {
  const { id, index } = await params;
  const attachment =
    mailboxEnabled() && /^\d{1,15}$/.test(id) && /^\d{1,4}$/.test(index) ? await getMailboxAttachment(await currentActor(), Number(id), Number(index)) : null;
  if (!attachment) return new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const ascii = attachment.filename.replace(/[^\w.-]/g, "_");
  return new Response(attachment.content, {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
