import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { GET as listJobs, POST as createJob } from "@/app/api/fine-tuning-jobs/route";
import { DELETE as deleteJob, GET as getJob } from "@/app/api/fine-tuning-jobs/[id]/route";
import { GET as jobEvents } from "@/app/api/fine-tuning-jobs/[id]/events/route";
import { GET as listDatasets, POST as uploadDataset } from "@/app/api/training-datasets/route";
import { GET as datasetContents } from "@/app/api/training-datasets/[id]/contents/route";
import { SESSION_COOKIE } from "@/lib/session";
import { signIn } from "@/tests/console/session-harness";
import { CONSOLE, UPSTREAM, callRoute, mockRemoteEgp } from "@/tests/remote/harness";

const server = mockRemoteEgp({ timeoutMs: 5000 });

const NOW = "2026-01-01T00:00:00Z";
const job = (id: string, status = "RUNNING") => ({
  id,
  status,
  base_model_id: "model-1",
  training_dataset_id: "ds-1",
  validation_dataset_id: "ds-2",
  created_at: NOW,
  account_id: "acc-1",
  created_by_user_id: "u1",
});
const dataset = (id: string) => ({
  id,
  name: "rerank rows",
  schema_type: "RERANKING_QUESTIONS",
  data_source: "LocalFile",
  created_at: NOW,
  account_id: "acc-1",
  created_by_user_id: "u1",
});
const page = <T>(items: T[]) => ({
  items,
  total_item_count: items.length,
  current_page: 1,
  items_per_page: 25,
});

/** Calls a route as a viewer of acc-1. */
async function asViewer<P>(
  handler: (request: Request, args: { params: Promise<P> }) => Promise<Response>,
  { method = "GET", body, params = {} as P }: { method?: string; body?: unknown; params?: P } = {},
) {
  const { cookie } = await signIn({
    apiKey: "sk-viewer",
    user: { id: "u2", email: "viewer@example.com", name: null },
    accounts: [{ id: "acc-1", name: "Acc", role: "viewer" }],
    accountId: "acc-1",
  });
  expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
  const headers = new Headers({ host: "console.test", origin: CONSOLE, cookie });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(
    new Request(`${CONSOLE}/api/x`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("fine-tuning jobs", () => {
  it("lists a page with the status and base-model filters passed on", async () => {
    let seen: URL | undefined;
    server.use(
      http.get(`${UPSTREAM}/v4/fine-tuning-jobs`, ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json(page([job("job-1")]));
      }),
    );
    const answer = await callRoute(listJobs, {
      path: "/api/fine-tuning-jobs?status=RUNNING&model=model-1&limit=10",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ items: [{ id: "job-1", status: "RUNNING" }] });
    expect(seen?.searchParams.get("status")).toBe("RUNNING");
    expect(seen?.searchParams.get("base_model_id")).toBe("model-1");
    expect(seen?.searchParams.get("limit")).toBe("10");
  });

  it("refuses an unknown status filter with 422 before calling upstream", async () => {
    const answer = await callRoute(listJobs, { path: "/api/fine-tuning-jobs?status=DONE" });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { details: [{ path: ["status"] }] } });
  });

  it("creates a job for the session's account with the vendor configuration", async () => {
    let sent: unknown;
    server.use(
      http.post(`${UPSTREAM}/v4/fine-tuning-jobs`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(job("job-2", "PENDING"));
      }),
    );
    const body = {
      base_model_id: "model-1",
      training_dataset_id: "ds-1",
      validation_dataset_id: "ds-2",
      vendor_configuration: { vendor: "LLMENGINE", hyperparameters: { epochs: 5, learning_rate: 0.1 } },
    };
    const answer = await callRoute(createJob, { method: "POST", body });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: "job-2", status: "PENDING" });
    expect(sent).toEqual({ ...body, account_id: "acc-1" });
  });

  it("shows the upstream's refusal (a type that does not train here) with its detail", async () => {
    const detail =
      "COMPLETION models fine-tune on Scale GP (LLM Engine); this server trains RERANKING and EMBEDDING.";
    server.use(
      http.post(`${UPSTREAM}/v4/fine-tuning-jobs`, () => HttpResponse.json({ detail }, { status: 400 })),
    );
    const answer = await callRoute(createJob, {
      method: "POST",
      body: { base_model_id: "model-3", training_dataset_id: "ds-1" },
    });
    expect(answer.status).toBe(400);
    expect((answer.body as { error: { message: string } }).error.message).toContain(detail);
  });

  it("lets a viewer read jobs and events but not create or cancel one", async () => {
    server.use(
      http.get(`${UPSTREAM}/v4/fine-tuning-jobs/:id`, () => HttpResponse.json(job("job-1"))),
      http.get(`${UPSTREAM}/v4/fine-tuning-jobs/:id/events`, () =>
        HttpResponse.json([{ message: "epoch 1/3 loss=0.5", level: "info", timestamp: 1 }]),
      ),
    );
    expect((await asViewer(getJob, { params: { id: "job-1" } })).status).toBe(200);
    const events = await asViewer(jobEvents, { params: { id: "job-1" } });
    expect(events.body).toEqual([{ message: "epoch 1/3 loss=0.5", level: "info", timestamp: 1 }]);
    const create = await asViewer(createJob, {
      method: "POST",
      body: { base_model_id: "m", training_dataset_id: "d" },
    });
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({
      error: { message: expect.stringMatching(/member role; you are viewer/) },
    });
    expect((await asViewer(deleteJob, { method: "DELETE", params: { id: "job-1" } })).status).toBe(403);
  });

  it("cancels a job as a member", async () => {
    server.use(
      http.delete(`${UPSTREAM}/v4/fine-tuning-jobs/:id`, () =>
        HttpResponse.json({ success: true, count: 1 }),
      ),
    );
    const answer = await callRoute(deleteJob, { method: "DELETE", params: { id: "job-1" } });
    expect(answer.body).toEqual({ success: true, count: 1 });
  });
});

describe("training datasets", () => {
  const good =
    '{"query":"reset password","chunk":"Settings → Security","relevance":1}\n{"query":"reset password","chunk":"Billing","relevance":0}\n';

  it("lists datasets and reads a dataset's contents", async () => {
    server.use(
      http.get(`${UPSTREAM}/v4/training-datasets`, () => HttpResponse.json(page([dataset("ds-1")]))),
      http.get(`${UPSTREAM}/v4/training-datasets/:id/contents`, () =>
        HttpResponse.json([{ schema_type: "GENERATION", input: "a", output: "b" }]),
      ),
    );
    expect((await callRoute(listDatasets)).body).toMatchObject({ items: [{ id: "ds-1" }] });
    expect((await callRoute(datasetContents, { params: { id: "ds-1" } })).body).toEqual([
      { schema_type: "GENERATION", input: "a", output: "b" },
    ]);
  });

  it("uploads the checked rows as a multipart JSONL file with the schema type of its kind", async () => {
    let form: FormData | undefined;
    server.use(
      http.post(`${UPSTREAM}/v4/training-datasets`, async ({ request }) => {
        form = await request.formData();
        return HttpResponse.json(dataset("ds-9"));
      }),
    );
    const csv = 'query,chunk,relevance\nreset password,"Settings, Security",1\n';
    const answer = await callRoute(uploadDataset, {
      method: "POST",
      body: { name: "rerank rows", kind: "reranking", file_name: "rows.csv", content: csv },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: "ds-9" });
    expect(form?.get("account_id")).toBe("acc-1");
    expect(form?.get("schema_type")).toBe("RERANKING_QUESTIONS");
    const file = form?.get("file") as File;
    expect(file.name).toBe("rows.jsonl");
    expect(await file.text()).toBe('{"query":"reset password","chunk":"Settings, Security","relevance":1}\n');
  });

  it("refuses a file with bad rows whole, one row-numbered detail per problem, and sends nothing", async () => {
    let called = false;
    server.use(
      http.post(`${UPSTREAM}/v4/training-datasets`, () => {
        called = true;
        return HttpResponse.json(dataset("ds-x"));
      }),
    );
    const bad = `${good}{"query":"x","chunk":"","relevance":"high"}\nnot json\n`;
    const answer = await callRoute(uploadDataset, {
      method: "POST",
      body: { name: "bad", kind: "reranking", file_name: "rows.jsonl", content: bad },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      error: {
        code: "unprocessable",
        message: "The dataset has 3 problems; fix them and upload again.",
        details: [
          { path: ["content", 3], message: "Row 3: chunk is empty." },
          { path: ["content", 3], message: "Row 3: relevance must be a number." },
          { path: ["content", 4], message: "Row 4 is not valid JSON." },
        ],
      },
    });
    expect(called).toBe(false);
  });

  it("keeps viewers from uploading", async () => {
    const answer = await asViewer(uploadDataset, {
      method: "POST",
      body: { name: "rows", kind: "reranking", file_name: "rows.jsonl", content: good },
    });
    expect(answer.status).toBe(403);
  });
});
