import { BASE_URL, createUser, egpApi, expect, signIn, test } from "./fixtures";
import { expectAccessible } from "./pages/templates";

const template = {
  name: "viewer-should-not-create",
  endpoint_type: "SYNC",
  model_type: "EMBEDDING",
  vendor_configuration: {
    vendor: "LAUNCH",
    bundle_config: { registry: "local", image: "hash-embedding", tag: "latest" },
  },
};

test("a viewer sees a read-only explanation, and forged requests are refused with 403", async ({
  page,
  request,
}) => {
  const viewerKey = await createUser(request, "viewer");
  await signIn(page, viewerKey);

  await page.goto("/templates/new");
  await expect(page.getByText("Only admins can create templates")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create template" })).toHaveCount(0);
  await expectAccessible(page);

  // The console's route refuses a viewer before EGP sees the request…
  const forged = await page.request.post("/api/templates", { data: template, headers: { origin: BASE_URL } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("forbidden");
  // …and the embedded EGP refuses the viewer's key too.
  const direct = await egpApi(request, viewerKey).post("/v4/model-templates", template);
  expect(direct.status()).toBe(403);

  // A viewer can read a template but gets no delete button.
  const list = await (await egpApi(request, viewerKey).get("/v4/model-templates?limit=1")).json();
  await page.goto(`/templates/${list.items[0].id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(list.items[0].name);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  const forgedDelete = await page.request.delete(`/api/templates/${list.items[0].id}`, {
    headers: { origin: BASE_URL },
  });
  expect(forgedDelete.status()).toBe(403);
});
