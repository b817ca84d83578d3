import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_LIMITS, FILE_TOO_LARGE, fileTooLarge } from "@/lib/limits";
import { call, callJson, openTestEgp, TEST_ADMIN_KEY, type TestEgp } from "../testing/open-test-egp";
import { specErrors } from "../testing/spec-validator";

// A small upload cap, so its edges are tested without sending 25 MB bodies (the cap is one option).
const CAP = 4 * 1024;
let egp: TestEgp;
beforeAll(async () => {
  egp = await openTestEgp({ seed: false, fileBytes: CAP });
  await egp.users.createAccount("Other");
});
afterAll(async () => {
  await egp?.close();
});

function upload(content: BlobPart, filename = "notes.txt", type = "text/plain", key = TEST_ADMIN_KEY) {
  const form = new FormData();
  form.append("file", new Blob([content], { type }), filename);
  return egp.handle(
    new Request("http://local/v4/beta/files", { method: "POST", headers: { "x-api-key": key }, body: form }),
  );
}

async function uploaded(content: BlobPart, filename?: string, type?: string) {
  const res = await upload(content, filename, type);
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string };
}

describe("/v4/beta/files", () => {
  it("uploads, lists, reads, tags, serves and deletes a file", async () => {
    const text = "hello, file ✓\n";
    const res = await upload(text, "notes ✓.txt");
    expect(res.status).toBe(200);
    const file = await res.json();
    expect(specErrors("File", file)).toEqual([]);
    expect(file).toMatchObject({
      object: "file",
      filename: "notes ✓.txt",
      mime_type: "text/plain",
      size: Buffer.byteLength(text),
      md5_checksum: createHash("md5").update(text).digest("hex"),
      tags: {},
    });

    const list = await callJson(egp, "GET", "/v4/beta/files");
    expect(list.status).toBe(200);
    expect(specErrors("FileList", list.body)).toEqual([]);
    expect(list.body.items.map((f: { id: string }) => f.id)).toContain(file.id);

    expect((await callJson(egp, "GET", `/v4/beta/files/${file.id}`)).body).toEqual(file);

    const patched = await callJson(egp, "PATCH", `/v4/beta/files/${file.id}`, {
      body: { tags: { purpose: "test", n: 1 } },
    });
    expect(patched.status).toBe(200);
    expect(specErrors("File", patched.body)).toEqual([]);
    expect(patched.body.tags).toEqual({ purpose: "test", n: 1 });

    const content = await call(egp, "GET", `/v4/beta/files/${file.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get("content-type")).toBe("text/plain");
    expect(content.headers.get("content-disposition")).toBe(
      `attachment; filename="notes _.txt"; filename*=UTF-8''notes%20%E2%9C%93.txt`,
    );
    expect(Buffer.from(await content.arrayBuffer()).equals(Buffer.from(text))).toBe(true);

    const head = await call(egp, "HEAD", `/v4/beta/files/${file.id}/content`);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));

    expect(await callJson(egp, "GET", `/v4/beta/files/${file.id}/text`)).toEqual({ status: 200, body: text });

    const gone = await callJson(egp, "DELETE", `/v4/beta/files/${file.id}`);
    expect(gone).toEqual({ status: 200, body: { id: file.id, object: "file", deleted: true } });
    expect(specErrors("FileDelete", gone.body)).toEqual([]);
    for (const path of ["", "/content", "/text"])
      expect((await call(egp, "GET", `/v4/beta/files/${file.id}${path}`)).status).toBe(404);
    expect((await call(egp, "DELETE", `/v4/beta/files/${file.id}`)).status).toBe(404);
  });

  it("keeps binary bytes exactly, and answers 400 for their text", async () => {
    const bytes = new Uint8Array([0, 255, 1, 128, 10]);
    const file = await uploaded(bytes, "blob.bin", "application/octet-stream");
    const content = await call(egp, "GET", `/v4/beta/files/${file.id}/content`);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
    expect(await callJson(egp, "GET", `/v4/beta/files/${file.id}/text`)).toEqual({
      status: 400,
      body: { detail: `File ${file.id} is binary, not UTF-8 text` },
    });
  });

  it("pages with starting_after and ending_before, newest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await uploaded(`page ${i}`, `p${i}.txt`)).id);
    const all = (await callJson(egp, "GET", "/v4/beta/files?limit=1000")).body;
    const order = all.items.map((f: { id: string }) => f.id).filter((id: string) => ids.includes(id));
    expect(order).toHaveLength(3);
    const [first, second, third] = order;

    const page = await callJson(egp, "GET", `/v4/beta/files?limit=1&starting_after=${first}`);
    expect(specErrors("FileList", page.body)).toEqual([]);
    expect(page.body.items.map((f: { id: string }) => f.id)).toEqual([second]);
    expect(page.body).toMatchObject({ object: "list", limit: 1, has_more: true, total: all.total });

    const before = await callJson(egp, "GET", `/v4/beta/files?ending_before=${third}&limit=1000`);
    const beforeIds = before.body.items.map((f: { id: string }) => f.id);
    expect(beforeIds.slice(-2)).toEqual([first, second]);
    expect(before.body.has_more).toBe(false);

    expect((await call(egp, "GET", "/v4/beta/files?limit=0")).status).toBe(422);
    expect((await call(egp, "GET", "/v4/beta/files?limit=1001")).status).toBe(422);
    expect((await call(egp, "GET", "/v4/beta/files?starting_after=nope")).status).toBe(404);
  });

  it("refuses a file over the size limit with 413, whether the body fits the body cap or not", async () => {
    for (const size of [CAP + 1, CAP + FILE_LIMITS.multipartOverhead + 1]) {
      const res = await upload(new Uint8Array(size), "big.bin");
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({ detail: "File larger than 4 KB" });
    }
    expect(fileTooLarge(CAP)).toBe("File larger than 4 KB");
    // The default cap, as the console and its docs state it.
    expect(FILE_LIMITS.bytes).toBe(25 * 1024 * 1024);
    expect(FILE_TOO_LARGE).toBe("File larger than 25 MB");
  });

  it("accepts a file of exactly the size limit", async () => {
    const res = await upload(new Uint8Array(CAP), "edge.bin");
    expect(res.status).toBe(200);
    expect((await res.json()).size).toBe(CAP);
  });

  it("answers 422 for a body that is not multipart, or has no file part", async () => {
    const missing = [{ loc: ["body", "file"], msg: "Field required", type: "missing" }];
    expect(await callJson(egp, "POST", "/v4/beta/files", { body: { file: "x" } })).toEqual({
      status: 422,
      body: { detail: missing },
    });
    const form = new FormData();
    form.append("other", new Blob(["x"]), "x.txt");
    const res = await egp.handle(
      new Request("http://local/v4/beta/files", {
        method: "POST",
        headers: { "x-api-key": TEST_ADMIN_KEY },
        body: form,
      }),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ detail: missing });
    const field = new FormData();
    field.append("file", "just text");
    const str = await egp.handle(
      new Request("http://local/v4/beta/files", {
        method: "POST",
        headers: { "x-api-key": TEST_ADMIN_KEY },
        body: field,
      }),
    );
    expect(str.status).toBe(422);
  });

  it("answers 400 for a multipart body that does not parse", async () => {
    const res = await egp.handle(
      new Request("http://local/v4/beta/files", {
        method: "POST",
        headers: { "x-api-key": TEST_ADMIN_KEY, "content-type": "multipart/form-data; boundary=zz" },
        body: "not a multipart body",
      }),
    );
    expect(res.status).toBe(400);
  });

  it("refuses non-object tags on PATCH and ignores unknown keys, as the spec's FileUpdateRequest allows", async () => {
    const file = await uploaded("x");
    expect((await call(egp, "PATCH", `/v4/beta/files/${file.id}`, { body: { tags: [] } })).status).toBe(422);
    const renamed = await callJson(egp, "PATCH", `/v4/beta/files/${file.id}`, { body: { filename: "y" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.filename).toBe("notes.txt");
    expect((await call(egp, "PATCH", "/v4/beta/files/nope", { body: { tags: [] } })).status).toBe(404);
  });

  it("keeps files to the uploader's account, and uploads to members", async () => {
    const file = await uploaded("secret");
    const other = await egp.users.createUser("files-other@example.test", "admin", "Other");
    for (const path of ["", "/content", "/text"])
      expect((await call(egp, "GET", `/v4/beta/files/${file.id}${path}`, { key: other.apiKey })).status).toBe(
        404,
      );
    expect((await call(egp, "DELETE", `/v4/beta/files/${file.id}`, { key: other.apiKey })).status).toBe(404);
    const list = await callJson(egp, "GET", "/v4/beta/files", { key: other.apiKey });
    expect(list.body.items.map((f: { id: string }) => f.id)).not.toContain(file.id);

    const viewer = await egp.users.createUser("files-viewer@example.test", "viewer", "Other");
    expect((await upload("x", "v.txt", "text/plain", viewer.apiKey)).status).toBe(403);
    expect((await call(egp, "GET", "/v4/beta/files", { key: viewer.apiKey })).status).toBe(200);
  });
});
