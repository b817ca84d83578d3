import { http, HttpResponse, delay } from "msw";
import { isValidElement, type ReactElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ModelsPage from "@/app/(console)/models/(list)/page";
import ModelPage from "@/app/(console)/models/[id]/page";
import { PageBoundary } from "@/components/shell/page-boundary";
import { PageError } from "@/components/shell/page-error";
import { SESSION_COOKIE } from "@/lib/session";
import { signIn } from "@/tests/console/session-harness";
import { API_KEY, UPSTREAM, mockRemoteEgp } from "./harness";
import { specModel, specPage } from "./fixtures";

const TIMEOUT_MS = 400;
const server = mockRemoteEgp({ timeoutMs: TIMEOUT_MS, maxRetries: 2 });

const cookie = { value: "" };
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === SESSION_COOKIE ? cookie : undefined) }),
  headers: async () => new Headers(),
}));

// Pages need a live session: a real sign-in (record begun), not only a sealed cookie.
beforeAll(async () => {
  const { cookie: header } = await signIn({
    apiKey: API_KEY,
    user: { id: "u1", email: "member@example.com", name: null },
    accounts: [{ id: "acc-1", name: "Acc", role: "member" }],
    accountId: "acc-1",
  });
  cookie.value = decodeURIComponent(header.slice(`${SESSION_COOKIE}=`.length));
});

/** Renders a server page down to its first client element, the way the RSC renderer would. */
async function render(node: unknown): Promise<ReactElement> {
  let element = (await node) as ReactElement;
  while (isValidElement(element) && element.type === PageBoundary) {
    element = PageBoundary(element.props as Parameters<typeof PageBoundary>[0]);
  }
  return element;
}

function errorPageMessage(element: ReactElement): string {
  expect(element.type).toBe(PageError);
  const message = (element.props as { message: string }).message;
  expect(message).not.toContain(API_KEY);
  return message;
}

describe("server-rendered pages show the error page with the EGP failure's message", () => {
  it("the models list, when Scale GP answers a wrong shape", async () => {
    server.use(http.get(`${UPSTREAM}/v4/models`, () => HttpResponse.json({ data: [] })));
    const page = await render(ModelsPage({ searchParams: Promise.resolve({}) }));
    expect(errorPageMessage(page)).toBe(
      "Scale GP answered with an unexpected shape: items is missing (GET /v4/models)",
    );
  });

  it("the models list, when Scale GP stalls: one attempt within EGP_TIMEOUT_MS, no retries past it", async () => {
    let calls = 0;
    server.use(
      http.get(`${UPSTREAM}/v4/models`, async () => {
        calls++;
        await delay("infinite");
        return HttpResponse.json(specPage([]));
      }),
    );
    const page = await render(ModelsPage({ searchParams: Promise.resolve({}) }));
    expect(errorPageMessage(page)).toBe(`The EGP API did not answer within ${TIMEOUT_MS} ms`);
    // Neither the transport nor React Query on the server asks again once the budget is spent.
    expect(calls).toBe(1);
  });

  it("a model's page, when its answer is empty", async () => {
    server.use(http.get(`${UPSTREAM}/v4/models/:id`, () => new HttpResponse(null, { status: 200 })));
    const page = await render(ModelPage({ params: Promise.resolve({ id: "model-1" }) }));
    expect(errorPageMessage(page)).toMatch(/unexpected shape: an empty body/);
  });

  it("renders the page itself when Scale GP answers as the spec says", async () => {
    server.use(http.get(`${UPSTREAM}/v4/models`, () => HttpResponse.json(specPage([specModel(1)]))));
    const page = await render(ModelsPage({ searchParams: Promise.resolve({}) }));
    expect(page.type).not.toBe(PageError);
  });
});
