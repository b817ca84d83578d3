// @vitest-environment jsdom
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { observedStatuses } from "@/lib/models/timeline";
import { useStatusEvents } from "./use-status-events";

const sonner = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
const router = vi.hoisted(() => ({ push: vi.fn() }));
vi.mock("sonner", () => ({ toast: sonner }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const deployment = (id: string, status: string, reason?: string) => ({
  id,
  name: `dep-${id}`,
  status,
  model_instance_id: "m1",
  deployment_metadata: reason ? { status_reason: reason } : {},
});

describe("useStatusEvents", () => {
  it("announces READY once, with a way into the playground, even when shown twice", async () => {
    const id = `a-${Math.random()}`;
    const first = renderHook(({ d }) => useStatusEvents([d]), {
      initialProps: { d: deployment(id, "UPDATE_PENDING") },
    });
    const second = renderHook(({ d }) => useStatusEvents([d]), {
      initialProps: { d: deployment(id, "UPDATE_PENDING") },
    });
    first.rerender({ d: deployment(id, "READY") });
    second.rerender({ d: deployment(id, "READY") });
    await vi.waitFor(() => expect(sonner.success).toHaveBeenCalledTimes(1));
    const [message, options] = sonner.success.mock.calls[0];
    expect(message).toBe(`dep-${id} is ready`);
    options.action.onClick();
    expect(router.push).toHaveBeenCalledWith(`/playground?deployment=${encodeURIComponent(id)}&model=m1`);
    expect(observedStatuses(id).map((s) => s.status)).toEqual(["UPDATE_PENDING", "READY"]);
  });

  it("announces a failure with its reason, and nothing for a deployment first seen final", async () => {
    const id = `b-${Math.random()}`;
    const hook = renderHook(({ d }) => useStatusEvents([d]), {
      initialProps: { d: deployment(id, "UPDATE_IN_PROGRESS") },
    });
    hook.rerender({ d: deployment(id, "UPDATE_FAILED", "no such file") });
    await vi.waitFor(() =>
      expect(sonner.error).toHaveBeenCalledWith(
        `dep-${id} failed to deploy`,
        expect.objectContaining({ description: "no such file" }),
      ),
    );
    renderHook(() => useStatusEvents([deployment(`c-${Math.random()}`, "READY")]));
    expect(sonner.success).not.toHaveBeenCalled();
  });
});
