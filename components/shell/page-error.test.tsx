// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

import ConsoleError from "@/app/(console)/error";
import { PageError } from "./page-error";

afterEach(cleanup);

describe("the console's error page", () => {
  it("shows the upstream's message and renders the page again on Retry", () => {
    render(<PageError message="The EGP API did not answer within 30 s" />);
    expect(screen.getByRole("alert").textContent).toContain("The EGP API did not answer within 30 s");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(router.refresh).toHaveBeenCalled();
  });

  it("is what error.tsx shows for a thrown error, with reset as Retry", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const reset = vi.fn();
    const error = Object.assign(new Error("Scale GP answered with an unexpected shape: items is missing"), {
      digest: "d1",
    });
    render(<ConsoleError error={error} reset={reset} />);
    expect(screen.getByRole("alert").textContent).toContain("unexpected shape: items is missing");
    expect(screen.getByText("Reference: d1")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(reset).toHaveBeenCalled();
  });
});
