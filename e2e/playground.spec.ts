import { createUser, expect, signIn, test } from "./fixtures";
import { PlaygroundPage } from "./pages/playground";

test.describe("playground: embedding and reranking on the built-in models", () => {
  test("hash embedding: dimensions, norms, heatmap values as text, history", async ({ adminPage: page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hashing embedder/);
    await page.getByLabel("Text 1", { exact: true }).fill("reset my password");
    await page.getByLabel("Text 2", { exact: true }).fill("how to reset a password");
    await page.getByRole("button", { name: "Remove text 3" }).click();
    await playground.run(/^Embed/);
    await expect(page.getByTestId("embedding-dimensions")).toHaveText(/^\d+$/);
    const matrix = page.getByRole("table", { name: "Cosine similarity matrix" });
    await expect(matrix.getByRole("cell")).toHaveCount(4);
    await expect(matrix.getByRole("cell").first()).toHaveText("1.00");
    await expect(matrix.getByRole("cell").nth(1)).toHaveAttribute("title", /cos\(#1, #2\) = 0\.\d{4}/);
    await expect(page.getByText(/‖v‖ = 1\.0000/).first()).toBeVisible();
    // The run is saved on the server: the newest in the user's history.
    await page.getByRole("button", { name: /^History/ }).click();
    const newest = page.getByRole("list", { name: "Past runs" }).getByRole("listitem").first();
    await expect(newest).toContainText("Hashing embedder");
    await expect(newest).toContainText("2 vectors");
    await page.keyboard.press("Escape");
    await playground.expectAccessible();
  });

  test("USE embedding: 512 dimensions and a paraphrase scores above an unrelated sentence", async ({
    adminPage: page,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Universal Sentence Encoder/);
    await playground.run(/^Embed/);
    await expect(page.getByTestId("embedding-dimensions")).toHaveText("512");
    const cells = page.getByRole("table", { name: "Cosine similarity matrix" }).getByRole("cell");
    const paraphrase = Number(await cells.nth(1).innerText());
    const unrelated = Number(await cells.nth(2).innerText());
    expect(paraphrase).toBeGreaterThan(unrelated + 0.3);
    await playground.expectAccessible();
  });

  test("hybrid reranking: the password chunk ranks first in rerankings and in chunks rank; the query is in the URL", async ({
    adminPage: page,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hybrid reranker/);
    await page.getByLabel("Query", { exact: true }).fill("How can I reset my password?");
    await expect(page).toHaveURL(/[?&]q=How\+can/);
    await page.getByRole("tab", { name: "Paste" }).click();
    await page
      .getByLabel(/One chunk per line/)
      .fill(
        "Our office is open 9 to 5.\nTo reset your password open Settings and click Reset password.\nBananas are yellow.",
      );
    await playground.run(/^Rerank/);
    const reranked = page
      .getByRole("list", { name: "Chunks ordered by reranking score" })
      .getByTestId("ranked-chunk");
    const ranked = page
      .getByRole("list", { name: "Chunks ordered by chunks rank" })
      .getByTestId("ranked-chunk");
    await expect(reranked.first()).toContainText("reset your password");
    await expect(reranked.first()).toContainText("#2");
    await expect(ranked.first()).toContainText("reset your password");
    await expect(reranked).toHaveCount(3);
    await playground.expectAccessible();

    // A shared link reproduces the query.
    await page.reload();
    await expect(page.getByLabel("Query", { exact: true })).toHaveValue("How can I reset my password?");
  });

  test("top_k limits chunks rank; view code shows the exact request with the key as a placeholder", async ({
    adminPage: page,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/BM25 reranker/);
    await page.getByLabel("Top k").fill("1");
    await playground.run(/^Rerank/);
    await expect(
      page.getByRole("list", { name: "Chunks ordered by chunks rank" }).getByTestId("ranked-chunk"),
    ).toHaveCount(1);
    await page.getByRole("button", { name: "View code" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByLabel("curl code")).toContainText('-H "x-api-key: $SGP_API_KEY"');
    await expect(dialog.getByLabel("curl code")).toContainText("/egp/v4/models/");
    await dialog.getByRole("tab", { name: "Python (scale_gp)" }).click();
    const python = dialog.getByLabel("Python (scale_gp) code", { exact: true });
    await expect(python).toContainText("client.models.rerankings.create(");
    await expect(python).toContainText('"How do I reset my password?"');
    await expect(dialog).not.toContainText("egp-e2e-admin-key");
    await playground.expectAccessible();
  });

  test("compare: the same texts against two embedding deployments side by side", async ({
    adminPage: page,
  }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/Hashing embedder/);
    await page.getByRole("combobox", { name: "Compare with" }).click();
    await page.getByRole("option", { name: /Universal Sentence Encoder/ }).click();
    await expect(page).toHaveURL(/[?&]compare=/);
    await playground.run(/^Embed/);
    await expect(playground.result("Hashing embedder").getByTestId("embedding-dimensions")).toHaveText(
      /^\d+$/,
    );
    await expect(
      playground.result("Universal Sentence Encoder (lite)").getByTestId("embedding-dimensions"),
    ).toHaveText("512");
    await expect(playground.result("Universal Sentence Encoder (lite)").getByText("Latency")).toBeVisible();
    await playground.expectAccessible();
  });

  test("history: a past run reopens with its inputs and its output", async ({ adminPage: page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(/BM25 reranker/);
    const query = `where is the ${Date.now()} invoice`;
    await page.getByLabel("Query", { exact: true }).fill(query);
    await page.getByLabel("Chunk 1", { exact: true }).fill("The invoice is in the billing folder.");
    await playground.run(/^Rerank/);
    await expect(page.getByRole("list", { name: "Chunks ordered by reranking score" })).toBeVisible();

    await page.goto("/playground");
    await page.getByRole("button", { name: /^History/ }).click();
    await page
      .getByRole("button", { name: /Reopen run on BM25 reranker/ })
      .first()
      .click();
    await expect(page.getByLabel("Query", { exact: true })).toHaveValue(query);
    await expect(page.getByLabel("Chunk 1", { exact: true })).toHaveValue(
      "The invoice is in the billing folder.",
    );
    const reranked = page
      .getByRole("list", { name: "Chunks ordered by reranking score" })
      .getByTestId("ranked-chunk");
    await expect(reranked.first()).toContainText("invoice");
  });

  test("a viewer sees the playground read-only, and history is kept per user", async ({
    adminPage,
    page,
    browser,
  }) => {
    const admin = new PlaygroundPage(adminPage);
    await admin.open(/Hashing embedder/);
    await admin.run(/^Embed/);
    await expect(adminPage.getByTestId("embedding-dimensions")).toBeVisible();

    const viewerKey = await createUser(page.request, "viewer");
    const context = await browser.newContext();
    const viewerPage = await context.newPage();
    await signIn(viewerPage, viewerKey);
    const viewer = new PlaygroundPage(viewerPage);
    await viewer.open(/Hashing embedder/);
    await expect(viewerPage.getByText("Read-only role")).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: /^Embed/ })).toBeDisabled();
    await expect(viewerPage.getByRole("button", { name: /^History$/ })).toBeVisible();
    await viewer.expectAccessible();
    await context.close();
  });
});
