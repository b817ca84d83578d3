import "server-only";
import { egpBodyLimit, FILE_TOO_LARGE } from "@/lib/limits";
import { BodyTooLargeError, readBodyBytes } from "@/lib/limits/read-body";
import { TooLarge } from "../domain/errors";
import { HttpError } from "./errors";

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

/**
 * A form body as FastAPI reads one, up to the upload limit of `path`: a body of another type is an
 * empty form (so its fields are missing, 422); a form that does not parse is a 400.
 */
export async function readForm(request: Request, path: string): Promise<FormData> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // Buffer.concat's bytes: always backed by a plain ArrayBuffer.
    bytes = (await readBodyBytes(request, egpBodyLimit("POST", path).bytes)) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new TooLarge(FILE_TOO_LARGE);
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
