import { Suspense } from "react";
import type { Metadata } from "next";

import { PlaygroundClient } from "./client";

export const metadata: Metadata = { title: "Playground" };

// Everything here depends on the browser (URL state, local history, streaming), so the page stays a shell.
export default function Page() {
  return (
    <Suspense>
      <PlaygroundClient />
    </Suspense>
  );
}
