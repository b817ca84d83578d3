// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import ModelCardMarkdown from "./model-card-markdown";

afterEach(cleanup);

describe("the model card as Markdown", () => {
  it("renders headings, lists, tables and code", () => {
    const { container } = render(
      <ModelCardMarkdown
        text={"# Reranker\n\n- fast\n- small\n\n| k | v |\n|---|---|\n| a | 1 |\n\n`code`"}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Reranker" })).toBeTruthy();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["fast", "small"]);
    expect(screen.getByRole("table")).toBeTruthy();
    expect(container.querySelector("code")?.textContent).toBe("code");
  });

  it("shows raw HTML as text and drops unsafe links", () => {
    const { container } = render(
      <ModelCardMarkdown
        text={'<img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n[click](javascript:alert(3))'}
      />,
    );
    expect(container.querySelector("script, img, [onerror]")).toBeNull();
    const link = screen.getByText("click").closest("a");
    expect(link?.getAttribute("href") ?? "").not.toMatch(/javascript/i);
    expect(link?.getAttribute("rel")).toContain("noopener");
  });
});
