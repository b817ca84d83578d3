import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const OPEN_LAYER = ["dialog", "alertdialog", "menu", "listbox"]
  .map((r) => `[role="${r}"][data-state="open"]`)
  .join();

/**
 * No serious or critical axe violation on the page as it rests. A Radix layer that is closing (a sheet,
 * a menu, a select) still marks the rest of the page aria-hidden until it unmounts, and a scan in that
 * moment reports the skip link as focusable inside aria-hidden: unless a layer is open on purpose, the
 * scan waits for those marks to go. Toasts are left out: they come and go on their own clock.
 */
export async function expectAccessible(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        (open) =>
          document.querySelector(open) !== null || document.querySelector("[data-aria-hidden]") === null,
        OPEN_LAYER,
      ),
    )
    .toBe(true);
  const results = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  expect(serious, serious.join("\n")).toEqual([]);
}
