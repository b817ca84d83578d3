import { createUser, expect, signIn, test, uniqueName } from "./fixtures";
import { BrowseList, browseData, expectAccessible } from "./pages/browse-list";

test("a group is created, renamed, given a model and deleted from the console", async ({
  adminPage: page,
  request,
}) => {
  const name = uniqueName("ui-group");
  const model = await browseData(request).createModel(uniqueName("grouped-model"));

  await page.goto("/groups");
  // The header's button; an empty list shows a second one.
  await page.getByRole("button", { name: "New group" }).first().click();
  const create = page.getByRole("dialog", { name: "New group" });
  await create.getByRole("button", { name: "Create group" }).click();
  await expect(create.getByText("Name the group.")).toBeVisible();
  await expectAccessible(page);
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Description").fill("Made by the browse e2e test");
  await create.getByRole("button", { name: "Create group" }).click();
  await expect(page).toHaveURL(/\/groups\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("No models in this group yet")).toBeVisible();
  await expectAccessible(page);

  const renamed = `${name}-renamed`;
  await page.getByRole("button", { name: "Rename" }).click();
  const rename = page.getByRole("dialog", { name: "Rename group" });
  await expect(rename.getByLabel("Name")).toHaveValue(name);
  await rename.getByLabel("Name").fill(renamed);
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);

  await page.getByRole("button", { name: "Add model" }).click();
  const picker = page.getByRole("dialog", { name: `Add a model to ${renamed}` });
  await picker.getByPlaceholder("Search models by name…").fill(model.name);
  await picker.getByRole("option", { name: new RegExp(model.name) }).click();
  await expect(picker).toBeHidden();
  const models = new BrowseList(page, "Models in this group");
  await expect.poll(() => models.titles()).toEqual([model.name]);

  // Out again from the row's menu; the model itself stays.
  await page.getByRole("button", { name: `Actions for ${model.name}` }).click();
  await page.getByRole("menuitem", { name: "Remove from group" }).click();
  await expect(page.getByText(`${model.name} is no longer in ${renamed}.`)).toBeVisible();
  await expect(page.getByText("No models in this group yet")).toBeVisible();
  await page.goto(`/models?q=${model.name}`);
  await expect(page.getByRole("link", { name: model.name })).toBeVisible();
  await page.goBack();

  await page.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Delete group “${renamed}”?`);
  await expectAccessible(page);
  await confirm.getByRole("button", { name: "Delete group" }).click();
  await expect(page).toHaveURL(/\/groups$/);
  const list = new BrowseList(page, "Groups");
  await list.searchFor(renamed);
  await expect(page.getByText("No groups match")).toBeVisible();
});

test("a group's page lists only its models and opens from the groups list", async ({
  adminPage: page,
  request,
}) => {
  const data = browseData(request);
  const group = await data.createGroup(uniqueName("detail-group"), "Two embedders");
  const inside = await data.createModel(uniqueName("inside"));
  await data.createModel(uniqueName("outside"));
  await data.addToGroup(group.id, inside.id);

  await page.goto(`/groups?q=${group.name}`);
  await new BrowseList(page, "Groups").table.getByRole("link", { name: group.name }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name);
  await expect(page.getByText("Two embedders")).toBeVisible();
  await expect.poll(() => new BrowseList(page, "Models in this group").titles()).toEqual([inside.name]);

  await page.goto(`/models?group=${group.id}`);
  await expect.poll(() => new BrowseList(page, "Models").titles()).toEqual([inside.name]);
});

test("an unknown group says so and links back", async ({ adminPage: page }) => {
  await page.goto("/groups/00000000-0000-0000-0000-000000000000");
  await expect(page.getByText("Group not found")).toBeVisible();
  await page.getByRole("link", { name: "All groups" }).click();
  await expect(page).toHaveURL(/\/groups$/);
});

test("a viewer sees group write actions disabled, with the reason on hover", async ({ page, request }) => {
  const group = await browseData(request).createGroup(uniqueName("viewer-group"));
  await signIn(page, await createUser(request, "viewer"));

  await page.goto("/groups");
  const newGroup = page.getByRole("button", { name: "New group" });
  await expect(newGroup).toHaveAttribute("aria-disabled", "true");
  await newGroup.click({ force: true });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await newGroup.hover();
  await expect(page.getByRole("tooltip")).toContainText("Viewers can look but not change anything");
  await expectAccessible(page);

  await page.goto(`/groups/${group.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name);
  for (const name of ["Rename", "Delete", "Add model"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveAttribute("aria-disabled", "true");
  }
  await expectAccessible(page);
});
