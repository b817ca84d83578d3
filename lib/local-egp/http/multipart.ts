import "server-only";
import { FILE_LIMITS, fileTooLarge } from "@/lib/limits";
import { BodyTooLargeError, readBodyBytes } from "@/lib/limits/read-body";
import { TooLarge } from "../domain/errors";
import { HttpError } from "./errors";

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

/**
 * A form body as FastAPI reads one, up to an upload of `fileBytes` and its multipart overhead: a body
 * of another type is an empty form (so its fields are missing, 422); a form that does not parse is a 400.
 */
export async function readForm(request: Request, fileBytes = FILE_LIMITS.bytes): Promise<FormData> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // Buffer.concat's bytes: always backed by a plain ArrayBuffer.
    bytes = (await readBodyBytes(
      request,
      fileBytes + FILE_LIMITS.multipartOverhead,
    )) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new TooLarge(fileTooLarge(fileBytes));
    throw error;
  }
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.split(";", 1)[0].trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return new FormData();
  try {
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new HttpError(400, "There was an error parsing the body");
  }
}
