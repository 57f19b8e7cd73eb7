import { translator } from "@/lib/i18n/translator";
import { problemResponse } from "./problem";

/** The largest JSON body a POST under /api/v1 accepts (a registration is well under 10 KB). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

const t = translator("de", "api");

/** `application/json`, optionally with parameters such as `; charset=utf-8` (case-insensitive). */
function isJson(contentType: string | null): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? "");
}

/**
 * Reads a POST's JSON body with the limits every POST under /api/v1 needs: 415 unless the body is
 * declared as JSON, 413 beyond `maxBytes`, 400 when it does not parse. The body is read as a stream
 * with a byte counter and abandoned at the limit, so a client cannot make the process hold a huge
 * body, whatever its Content-Length says (it may be missing or wrong).
 */
export async function readJsonBody(request: Request, instance: string, maxBytes = MAX_JSON_BODY_BYTES): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const fail = (response: Response) => ({ ok: false as const, response });
  if (!isJson(request.headers.get("content-type"))) {
    return fail(problemResponse({ status: 415, title: t("bodyProblems.unsupportedMediaType.title"), detail: t("bodyProblems.unsupportedMediaType.detail"), instance }));
  }
  const tooLarge = () => fail(problemResponse({ status: 413, title: t("bodyProblems.tooLarge.title"), detail: t("bodyProblems.tooLarge.detail", { max: String(maxBytes / 1024) }), instance }));
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return fail(problemResponse({ status: 400, title: t("bodyProblems.notJson.title"), detail: t("bodyProblems.notJson.detail"), instance }));
  }
}
