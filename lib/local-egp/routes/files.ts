import "server-only";
import { Invalid } from "../domain/errors";
import { readForm } from "../http/multipart";
import type { Route } from "../http/router";
import { parseBody } from "../http/validation";
import { FileUpdateSchema } from "../schemas/files";
import { withCaller, type Services } from "../services/context";
import {
  deleteFile,
  fileContent,
  fileText,
  getFile,
  listFiles,
  updateFile,
  uploadFile,
  type Upload,
} from "../services/files";
import type { FileRow } from "../store/files";
import { json } from "./respond";

const base = "/v4/beta/files";
/** The `file` part as FastAPI reads an `UploadFile` field. */
async function readUpload(request: Request, fileBytes: number | undefined): Promise<Upload> {
  const part = (await readForm(request, fileBytes)).get("file");
  if (part === null) throw new Invalid([{ loc: ["body", "file"], msg: "Field required", type: "missing" }]);
  if (typeof part === "string")
    throw Invalid.field("file", "Expected UploadFile, received: <class 'str'>", "value_error");
  return { filename: part.name, mimeType: part.type, content: new Uint8Array(await part.arrayBuffer()) };
}

function queryLimit(query: URLSearchParams): number {
  const raw = query.get("limit");
  if (raw === null || raw === "") return 100;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new Invalid([
      { loc: ["query", "limit"], msg: "Input should be an integer between 1 and 1000", type: "int_parsing" },
    ]);
  return value;
}

const cursorParam = (query: URLSearchParams, name: string) => query.get(name) || undefined;

/** RFC 6266: a plain ASCII fallback, and the exact name percent-encoded. */
function contentHeaders(row: FileRow): Headers {
  const fallback = row.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Headers({
    "content-type": row.mimeType,
    "content-length": String(row.size),
    "content-disposition": `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
    "x-content-type-options": "nosniff",
  });
}

export function fileRoutes(s: Services): Route[] {
  return [
    {
      method: "POST",
      pattern: base,
      needs: "files:write",
      action: "upload files",
      handler: async (req) =>
        json(await uploadFile(withCaller(s, req.auth), await readUpload(req.request, s.fileBytes))),
    },
    {
      method: "GET",
      pattern: base,
      needs: "read",
      handler: async (req) => {
        const page = await listFiles(withCaller(s, req.auth), {
          startingAfter: cursorParam(req.query, "starting_after"),
          endingBefore: cursorParam(req.query, "ending_before"),
          limit: queryLimit(req.query),
        });
        return json({
          object: "list",
          items: page.items,
          limit: page.limit,
          total: page.total,
          has_more: page.hasMore,
        });
      },
    },
    {
      method: "GET",
      pattern: `${base}/{file_id}`,
      needs: "read",
      handler: async (req) => json(await getFile(withCaller(s, req.auth), req.params.file_id)),
    },
    {
      method: "PATCH",
      pattern: `${base}/{file_id}`,
      needs: "files:write",
      action: "modify files",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        // Looked up first, so a missing file is a 404 whatever the body.
        await getFile(ctx, req.params.file_id);
        return json(
          await updateFile(ctx, req.params.file_id, await parseBody(req.request, FileUpdateSchema)),
        );
      },
    },
    {
      method: "DELETE",
      pattern: `${base}/{file_id}`,
      needs: "files:write",
      action: "delete files",
      handler: async (req) => json(await deleteFile(withCaller(s, req.auth), req.params.file_id)),
    },
    {
      method: "GET",
      pattern: `${base}/{file_id}/content`,
      needs: "read",
      handler: async (req) => {
        const { row, content } = await fileContent(withCaller(s, req.auth), req.params.file_id);
        return new Response(content, { status: 200, headers: contentHeaders(row) });
      },
    },
    {
      method: "HEAD",
      pattern: `${base}/{file_id}/content`,
      needs: "read",
      handler: async (req) => {
        const ctx = withCaller(s, req.auth);
        const { row } = await fileContent(ctx, req.params.file_id);
        return new Response(null, { status: 200, headers: contentHeaders(row) });
      },
    },
    {
      method: "GET",
      pattern: `${base}/{file_id}/text`,
      needs: "read",
      handler: async (req) => json(await fileText(withCaller(s, req.auth), req.params.file_id)),
    },
  ];
}
