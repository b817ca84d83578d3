import { render } from "@testing-library/react";
import { vi } from "vitest";
import { ConsoleProvider } from "@/components/shell/role-gate";
import type { ConsoleContext } from "@/lib/console-context";
import type { Deployment, Model } from "@/lib/egp/types";
import type { PanelProps, PlaygroundTarget } from "../shared/types";

const context = (role: string): ConsoleContext => ({
  mode: { kind: "local" },
  user: { id: "u1", email: "ada@example.com", name: "Ada" },
  accounts: [{ id: "a1", name: "Research", role }],
  currentAccountId: "a1",
});

export function testTarget(modelType: string): PlaygroundTarget {
  // safe because panels read only these fields of the model and the deployment
  const model = {
    id: "m1",
    name: "model-one",
    display_name: "Model one",
    model_type: modelType,
  } as unknown as Model;
  const deployment = {
    id: "d1",
    name: "dep-one",
    status: "READY",
    model_instance_id: "m1",
  } as unknown as Deployment;
  return { model, deployment };
}

type Reply = { status?: number; body: unknown; delay?: Promise<void> };
export type RecordedCall = { url: string; body: Record<string, unknown> };

/**
 * A fetch that answers the playground's console routes: `validate` says ok unless told otherwise,
 * `execute` answers from `replies` in order. Every call is recorded with its JSON body.
 */
export function stubPlaygroundFetch(opts: { execute?: Reply[]; validate?: Reply } = {}) {
  const calls: RecordedCall[] = [];
  const replies = [...(opts.execute ?? [])];
  const fetchStub = vi.fn(async (url: string, init?: RequestInit) => {
    const body = init?.body ? JSON.parse(String(init.body)) : {};
    calls.push({ url, body });
    const reply: Reply = url.endsWith("/validate")
      ? (opts.validate ?? { body: { ok: true } })
      : (replies.shift() ?? { status: 500, body: { error: { code: "internal", message: "no reply" } } });
    await reply.delay;
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchStub);
  return {
    calls,
    executes: () => calls.filter((c) => c.url.endsWith("/execute")),
  };
}

export function renderPanel(
  Panel: (props: PanelProps) => React.ReactNode,
  modelType: string,
  opts: { role?: string; draft?: PanelProps["draft"] } = {},
) {
  const onRecord = vi.fn();
  const onDraft = vi.fn();
  const props: PanelProps = {
    target: testTarget(modelType),
    compare: null,
    restored: null,
    draft: opts.draft ?? null,
    onDraft,
    onRecord,
    urlText: null,
    setUrlText: () => {},
  };
  return render(
    <ConsoleProvider context={context(opts.role ?? "member")}>
      <Panel {...props} />
    </ConsoleProvider>,
  );
}
