import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/templates/route";
import { DELETE } from "@/app/api/templates/[id]/route";
import { createEgpClient, unwrap, type EgpClient } from "../egp/client";
import { EgpError } from "../egp/errors";
import { openTestEgp, TEST_ADMIN_KEY, type TestEgp } from "../local-egp/testing/open-test-egp";
import { templateRequestSchema } from "../schemas/templates";
import { signIn, withLocalConsole } from "@/tests/console/session-harness";
import type { Role } from "../local-egp/auth/roles";
import { CROSS_ENCODER_TEMPLATE } from "../templates/fixtures";
import { createTemplate, deleteTemplate } from "./template-mutations";

const ORIGIN = "http://console.test";

const local = withLocalConsole();

/** A signed-in user holding `role` in the Local account. */
async function cookieFor(role: Role) {
  const { egp } = local;
  const email = `${role}-${Math.random().toString(36).slice(2)}@example.com`;
  const { userId, apiKey } = await egp.users.createUser(email, role);
  const accountId = egp.bootstrap.accountId;
  return (
    await signIn({
      apiKey,
      user: { id: userId, email, name: null },
      accounts: [{ id: accountId, name: "Local", role }],
      accountId,
    })
  ).cookie;
}

async function call<P>(
  route: (request: Request, args: { params: Promise<P> }) => Promise<Response>,
  { method, role, body, params }: { method: string; role: Role; body?: unknown; params: P },
) {
  const headers = new Headers({ host: "console.test", origin: ORIGIN, cookie: await cookieFor(role) });
  if (body !== undefined) headers.set("content-type", "application/json");
  const request = new Request(`${ORIGIN}/api/templates`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
}

describe("template routes", () => {
  it("refuse a viewer's create and delete with 403 before reaching EGP", async () => {
    const create = await call(POST, {
      method: "POST",
      role: "viewer",
      body: CROSS_ENCODER_TEMPLATE,
      params: {},
    });
    expect(create).toEqual({
      status: 403,
      body: {
        error: { code: "forbidden", message: "This needs the admin role; you are viewer in this account." },
      },
    });
    expect((await call(DELETE, { method: "DELETE", role: "member", params: { id: "t1" } })).status).toBe(403);
  });

  it("answer 422 with field paths for an invalid template", async () => {
    const body = { ...CROSS_ENCODER_TEMPLATE, name: " padded", model_type: "NOPE" };
    const result = await call(POST, { method: "POST", role: "admin", body, params: {} });
    expect(result.status).toBe(422);
    expect(result.body.error.details).toEqual([
      { path: ["name"], message: "Remove the spaces at the start or end." },
      { path: ["model_type"], message: "Choose a model type." },
    ]);
  });
});

describe("template mutations against the embedded EGP", () => {
  let egp: TestEgp;
  let admin: EgpClient;
  let viewer: EgpClient;
  const clientFor = (apiKey: string) =>
    createEgpClient({
      baseUrl: "http://local-egp.test",
      apiKey,
      transport: (request) => egp.handle(request),
    });

  beforeAll(async () => {
    egp = await openTestEgp();
    admin = clientFor(TEST_ADMIN_KEY);
    viewer = clientFor((await egp.users.createUser("viewer@example.com", "viewer")).apiKey);
  });
  afterAll(async () => {
    await egp?.close();
  });

  const request = templateRequestSchema.parse(CROSS_ENCODER_TEMPLATE);

  it("creates a template in the given account with the spec's defaults", async () => {
    const accountId = egp.bootstrap.accountId;
    const template = await createTemplate(admin, accountId, request);
    expect(template).toMatchObject({
      name: "cross-encoder-template",
      account_id: accountId,
      model_type: "RERANKING",
    });
    expect(template.vendor_configuration.bundle_config.env).toEqual({
      MODEL_NAME: "cross-encoder/ms-marco-MiniLM-L-12-v2",
    });
  });

  it("is refused by the embedded server for a viewer's key (403)", async () => {
    const failure = await createTemplate(viewer, egp.bootstrap.accountId, request).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EgpError);
    expect((failure as EgpError).status).toBe(403);
  });

  it("refuses to delete a template that models use (409), then deletes it once they are gone", async () => {
    const template = await createTemplate(admin, egp.bootstrap.accountId, { ...request, name: "in-use" });
    const model = await unwrap(
      admin.POST("/v4/models", {
        body: {
          name: "uses-template",
          model_type: "RERANKING",
          model_template_id: template.id,
          model_creation_parameters: { model_name: "x" },
          account_id: egp.bootstrap.accountId,
        },
      }),
    );
    const failure = (await deleteTemplate(admin, template.id).catch((e: unknown) => e)) as EgpError;
    expect(failure.status).toBe(409);
    expect(failure.message).toContain("in-use");
    await unwrap(admin.DELETE("/v4/models/{model_id}", { params: { path: { model_id: model.id } } }));
    expect(await deleteTemplate(admin, template.id)).toMatchObject({ success: true, count: 1 });
  });
});
