import "server-only";
import { createHash } from "node:crypto";
import { FILE_LIMITS, fileTooLarge, TEXT_LIMITS } from "@/lib/limits";
import { Invalid, RuleViolation, TooLarge } from "../domain/errors";
import {
  deleteFile as deleteFileRow,
  getFileContent,
  getFileRow,
  insertFile,
  listFiles as selectFiles,
  toFile,
  updateFileTags,
  type FileCursor,
  type FileObject,
  type FilePage,
} from "../store/files";
import type { Ctx } from "./context";

export type Upload = { filename: string; mimeType: string; content: Uint8Array<ArrayBuffer> };

export async function uploadFile(ctx: Ctx, upload: Upload): Promise<FileObject> {
  const cap = ctx.fileBytes ?? FILE_LIMITS.bytes;
  if (upload.content.byteLength > cap) throw new TooLarge(fileTooLarge(cap));
  // PostgreSQL text cannot hold NUL; a name past the cap would only bloat every list.
  if (upload.filename.includes("\0") || upload.mimeType.includes("\0"))
    throw Invalid.field("file", "File names and types cannot contain NUL characters", "string_nul");
  if (upload.filename.length > TEXT_LIMITS.name)
    throw Invalid.field("file", `File names are at most ${TEXT_LIMITS.name} characters`, "string_too_long");
  return insertFile(ctx.db, {
    accountId: ctx.caller.accountId,
    createdByUserId: ctx.caller.user.id,
    filename: upload.filename,
    mimeType: upload.mimeType || "application/octet-stream",
    size: upload.content.byteLength,
    md5Checksum: createHash("md5").update(upload.content).digest("hex"),
    content: upload.content,
  });
}

export const listFiles = (ctx: Ctx, cursor: FileCursor): Promise<FilePage> =>
  selectFiles(ctx.db, ctx.caller.accountId, cursor);

export const getFile = async (ctx: Ctx, id: string): Promise<FileObject> =>
  toFile(await getFileRow(ctx.db, ctx.caller.accountId, id));

/** Tags are replaced as a whole; a patch without them changes nothing. */
export async function updateFile(
  ctx: Ctx,
  id: string,
  patch: { tags?: Record<string, unknown> },
): Promise<FileObject> {
  const row = await getFileRow(ctx.db, ctx.caller.accountId, id);
  return patch.tags === undefined ? toFile(row) : updateFileTags(ctx.db, row.id, patch.tags);
}

export async function deleteFile(
  ctx: Ctx,
  id: string,
): Promise<{ id: string; object: "file"; deleted: true }> {
  const row = await getFileRow(ctx.db, ctx.caller.accountId, id);
  await deleteFileRow(ctx.db, row.id);
  return { id: row.id, object: "file", deleted: true };
}

export const fileContent = (ctx: Ctx, id: string) => getFileContent(ctx.db, ctx.caller.accountId, id);

/**
 * The content as text, for UTF-8 files only. Bytes that are not UTF-8, or hold NUL, are a binary file:
 * the request itself is valid (so not FastAPI's 422, which is about the request's shape), the file just
 * has no text, which FastAPI routes refuse with an HTTPException 400.
 */
export async function fileText(ctx: Ctx, id: string): Promise<string> {
  const { content } = await fileContent(ctx, id);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw new RuleViolation(`File ${id} is binary, not UTF-8 text`);
  }
  if (text.includes("\0")) throw new RuleViolation(`File ${id} is binary, not UTF-8 text`);
  return text;
}
