import { helpdeskRerankRows } from "../lib/local-egp/training/fixture";
import { createUser, egpApi, expect, signIn, test, uniqueName } from "./fixtures";

/** The help-desk fixture's reranking rows as CSV (quoted cells: the chunks hold commas). */
function rerankCsv(rows: { query: string; chunk: string; relevance: number }[]) {
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return ["query,chunk,relevance", ...rows.map((r) => `${q(r.query)},${q(r.chunk)},${r.relevance}`)].join(
    "\n",
  );
}

async function hybridReranker(request: Parameters<typeof egpApi>[0]) {
  const models = (await (await egpApi(request).get("/v4/models?limit=100")).json()).items as {
    id: string;
    name: string;
    display_name?: string;
  }[];
  const model = models.find((m) => m.name === "hybrid-rerank");
  expect(model, "the seeded hybrid reranker").toBeTruthy();
  return model!;
}

test.describe("fine-tuning: upload → job → tuned model → playground compare", () => {
  test.setTimeout(240_000);

  test("a reranking dataset trains a tuned model that opens beside its base in the playground", async ({
    adminPage: page,
  }) => {
    const rows = helpdeskRerankRows(19, 1);
    const training = rows.slice(0, 216);
    const validation = rows.slice(216);
    const name = uniqueName("helpdesk");

    // A file with bad rows gets row-numbered problems and cannot be uploaded.
    await page.goto("/fine-tuning/datasets/new");
    const file = page.getByLabel("File (JSONL or CSV)");
    await file.setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("query,chunk,relevance\nreset password,Open Settings,1\nreset password,,high\n"),
    });
    const problems = page.getByRole("list", { name: "Row problems" });
    await expect(problems).toContainText("Row 2: chunk is empty.");
    await expect(problems).toContainText("Row 2: relevance must be a number.");
    await expect(page.getByRole("button", { name: /^Upload/ })).toBeDisabled();

    // The training rows, then the validation rows.
    for (const [suffix, set] of [
      ["train", training],
      ["validation", validation],
    ] as const) {
      await page.goto("/fine-tuning/datasets/new");
      await page
        .getByLabel("File (JSONL or CSV)")
        .setInputFiles({ name: `${suffix}.csv`, mimeType: "text/csv", buffer: Buffer.from(rerankCsv(set)) });
      await expect(page.getByText("Every row is valid.")).toBeVisible();
      await expect(page.getByRole("table", { name: /valid rows/ }).getByRole("row")).toHaveCount(11);
      await page.getByLabel("Name").fill(`${name}-${suffix}`);
      await page.getByRole("button", { name: `Upload ${set.length} rows` }).click();
      await expect(page).toHaveURL(/\/fine-tuning\/datasets$/);
      await expect(page.getByRole("table", { name: "Training datasets" })).toContainText(`${name}-${suffix}`);
    }

    // A job from the seeded hybrid reranker.
    const base = await hybridReranker(page.request);
    await page.goto(`/fine-tuning/new?model=${base.id}`);
    await expect(page.getByLabel("Base model")).toContainText(/Hybrid reranker/);
    await page.getByLabel("Training dataset").click();
    await page.getByRole("option", { name: new RegExp(`${name}-train`) }).click();
    await page.getByLabel("Validation dataset").click();
    await page.getByRole("option", { name: new RegExp(`${name}-validation`) }).click();
    await page.getByLabel("Epochs").fill("8");
    await page.getByLabel("Suffix").fill(name);
    await page.getByRole("button", { name: "Start job" }).click();
    await expect(page).toHaveURL(/\/fine-tuning\/(?!new$)[\w-]+$/);
    const jobUrl = page.url();

    // Live status until it completes, with the curve as a chart and as numbers.
    await expect(page.locator('[data-status="COMPLETED"]')).toBeVisible({ timeout: 200_000 });
    await expect(page.getByTestId("curve-chart")).toBeVisible();
    await page.getByRole("button", { name: "Show the numbers" }).click();
    const numbers = page.getByRole("table", { name: /Training curve/ });
    await expect(numbers.getByRole("row")).toHaveCount(10); // header, the base model, 8 epochs
    await expect(page.getByRole("list", { name: "Job events" })).toContainText("epoch 8/8");
    await expect(page.getByRole("table", { name: /Base vs tuned/ })).toContainText("ndcg@5");

    // The jobs list shows it, filtered by status in the URL.
    await page.goto("/fine-tuning?status=COMPLETED");
    await expect(page.getByRole("table", { name: "Fine-tuning jobs" })).toContainText(name);

    // The tuned model sits in its base model's group.
    const job = (await (
      await egpApi(page.request).get(`/v4/fine-tuning-jobs/${jobUrl.split("/").pop()}`)
    ).json()) as {
      fine_tuned_model_id: string;
    };
    const tuned = (await (
      await egpApi(page.request).get(`/v4/models/${job.fine_tuned_model_id}`)
    ).json()) as {
      model_group_id: string;
      name: string;
    };
    await page.goto(jobUrl);
    await expect(page.locator(`a[href="/models/${job.fine_tuned_model_id}"]`).first()).toBeVisible();
    expect(tuned.model_group_id).toBeTruthy();
    await page.goto(`/groups/${tuned.model_group_id}`);
    await expect(page.getByRole("main")).toContainText("Hybrid reranker");
    await expect(page.getByRole("main")).toContainText(tuned.name);

    // Base vs tuned, side by side, on a validation query.
    await page.goto(jobUrl);
    await page.getByRole("link", { name: "Open base vs tuned in the playground" }).click();
    await expect(page).toHaveURL(/\/playground\?.*compare=/);
    await expect(page.getByLabel("Query", { exact: true })).toHaveValue(validation[0]!.query);
    // The link carries the query's own candidate chunks from the validation rows, not the examples.
    const candidates = [
      ...new Set(validation.filter((r) => r.query === validation[0]!.query).map((r) => r.chunk)),
    ];
    await expect(page.getByLabel("Chunk 1", { exact: true })).toHaveValue(candidates[0]!);
    await expect(page.getByLabel(`Chunk ${candidates.length}`, { exact: true })).toHaveValue(
      candidates.at(-1)!,
    );
    await page.getByRole("button", { name: /^Rerank/ }).click();
    await expect(page.getByRole("region", { name: /^Result from/ })).toHaveCount(2);
  });

  test("a viewer reads the section but cannot upload or start jobs", async ({ page }) => {
    await signIn(page, await createUser(page.request, "viewer"));
    await page.goto("/fine-tuning");
    await expect(page.getByRole("heading", { name: "Fine-tuning", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "New job" })).toHaveAttribute("aria-disabled", "true");
    await page.goto("/fine-tuning/datasets/new");
    await expect(page.getByText("Read-only role")).toBeVisible();
    await page.getByLabel("File (JSONL or CSV)").setInputFiles({
      name: "ok.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("query,chunk,relevance\nq,c,1\n"),
    });
    await expect(page.getByRole("button", { name: /^Upload/ })).toBeDisabled();
  });

  test("a completion model is refused locally with the server's reason", async ({ adminPage: page }) => {
    const api = egpApi(page.request);
    const template = (
      await (await api.get("/v4/model-templates?name=Local%20GGUF%20chat%20(llama.cpp)")).json()
    ).items[0] as { id: string };
    const account = (await (await api.get("/user-info")).json()).access_profiles[0].account.id as string;
    const created = await api.post("/v4/models", {
      account_id: account,
      name: uniqueName("chatty"),
      model_type: "CHAT_COMPLETION",
      model_template_id: template.id,
      model_creation_parameters: { MODEL_PATH: "/x.gguf" },
    });
    expect(created.status(), await created.text()).toBe(200);
    const completion = (await created.json()) as { id: string };
    await page.goto("/fine-tuning/datasets/new");
    await page.getByLabel("Rows for").click();
    await page.getByRole("option", { name: /Completion/ }).click();
    await page.getByLabel("File (JSONL or CSV)").setInputFiles({
      name: "gen.jsonl",
      mimeType: "application/jsonl",
      buffer: Buffer.from('{"input":"hi","output":"there"}\n'),
    });
    const dsName = uniqueName("gen");
    await page.getByLabel("Name").fill(dsName);
    await page.getByRole("button", { name: "Upload 1 row" }).click();
    await expect(page).toHaveURL(/\/fine-tuning\/datasets$/);
    await page.goto(`/fine-tuning/new?model=${completion.id}`);
    await expect(page.getByText(/do not train on this server/)).toBeVisible();
    await page.getByLabel("Training dataset").click();
    await page.getByRole("option", { name: new RegExp(dsName) }).click();
    await page.getByRole("button", { name: "Start job" }).click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: /rejected the request: .*CHAT_COMPLETION model, which trains on Scale GP/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/fine-tuning\/new\?/);
  });
});
