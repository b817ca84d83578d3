import type { ExternalToast } from "sonner";

// sonner weighs ~15 KB gzipped; toasts only ever follow a user action or a status change, so the
// library is fetched on first use instead of at every page's first load (Providers loads the
// Toaster the same way, from the same chunk, so both share sonner's one toast store).
const load = () => import("sonner").then((mod) => mod.toast);

type Message = Parameters<typeof import("sonner").toast.success>[0];

function show(kind: "message" | "success" | "error" | "info") {
  return (message: Message, data?: ExternalToast): void => {
    void load().then((toast) => (kind === "message" ? toast(message, data) : toast[kind](message, data)));
  };
}

/** sonner's `toast`, loaded lazily; calls return nothing (the toast id is not known yet). */
export const toast = Object.assign(show("message"), {
  success: show("success"),
  error: show("error"),
  info: show("info"),
});
