import type { Readable } from "node:stream";

/**
 * The report builders of the funding report, loaded when they exist: the benchmark runs before and
 * after they land in main. A missing module (or a module without the named export) is "not
 * available"; any other error while loading is a real error and is thrown.
 */
export type Builder = (stats: never, opts: Record<string, unknown>) => unknown;

export async function optionalBuilder(specifier: string, exportName: string): Promise<Builder | null> {
  try {
    // A variable specifier: the module may not exist yet, and tsc must not insist on it.
    const mod = (await import(/* webpackIgnore: true */ specifier)) as Record<string, unknown>;
    return typeof mod[exportName] === "function" ? (mod[exportName] as Builder) : null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = String((error as Error).message ?? "");
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Cannot find module/.test(message)) return null;
    throw error;
  }
}

function isReadable(value: unknown): value is Readable {
  return typeof value === "object" && value !== null && typeof (value as Readable).on === "function" && typeof (value as Readable).pipe === "function";
}

/**
 * The finished file's bytes, whatever the builder returns: bytes, an ExcelJS workbook, a PDFKit
 * document or another readable stream (ended here if the builder left it open), or an object that
 * holds one of these as `body`/`buffer`/`bytes`. Timing stops only when the whole file exists.
 */
export async function toBytes(result: unknown): Promise<Uint8Array> {
  const value = await result;
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (typeof value === "string") return new TextEncoder().encode(value);
  const workbook = value as { xlsx?: { writeBuffer?: () => Promise<ArrayBuffer | Uint8Array> } };
  if (typeof workbook?.xlsx?.writeBuffer === "function") return toBytes(await workbook.xlsx.writeBuffer());
  if (isReadable(value)) {
    const chunks: Buffer[] = [];
    const done = new Promise<void>((resolve, reject) => {
      value.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
      value.on("end", () => resolve());
      value.on("error", reject);
    });
    const doc = value as unknown as { end?: () => void; writableEnded?: boolean; _ended?: boolean };
    if (typeof doc.end === "function" && !doc.writableEnded && !doc._ended) doc.end();
    await done;
    return Buffer.concat(chunks);
  }
  const holder = value as { body?: unknown; buffer?: unknown; bytes?: unknown } | null;
  if (holder && (holder.body ?? holder.buffer ?? holder.bytes) !== undefined) return toBytes(holder.body ?? holder.buffer ?? holder.bytes);
  throw new Error(`The report builder returned something the benchmark cannot measure (${Object.prototype.toString.call(value)}).`);
}
