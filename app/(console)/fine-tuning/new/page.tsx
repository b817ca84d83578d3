import type { Metadata } from "next";

import { NewJobClient } from "./client";

export const metadata: Metadata = { title: "New job · Fine-tuning" };

export default function Page() {
  return <NewJobClient />;
}
