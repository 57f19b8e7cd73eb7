import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * SHA-256 checksums in the format of `sha256sum` ("<hex>  <name>"), in a file beside the backup,
 * so that an operator can also check a copy with `sha256sum -c app-….db.sha256`.
 */
export const checksumPath = (file: string) => `${file}.sha256`;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function writeChecksum(file: string): Promise<string> {
  const hex = await sha256OfFile(file);
  await writeFile(checksumPath(file), `${hex}  ${path.basename(file)}\n`);
  return checksumPath(file);
}

/** "missing" when there is no checksum file, else whether the file still has the recorded sum. */
export async function verifyChecksum(file: string): Promise<"ok" | "mismatch" | "missing"> {
  let recorded: string;
  try {
    recorded = (await readFile(checksumPath(file), "utf8")).trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  } catch {
    return "missing";
  }
  return recorded === (await sha256OfFile(file)) ? "ok" : "mismatch";
}
