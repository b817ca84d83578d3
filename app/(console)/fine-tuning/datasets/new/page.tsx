import type { Metadata } from "next";

import { NewDatasetClient } from "./client";

export const metadata: Metadata = { title: "Upload dataset · Fine-tuning" };

export default function Page() {
  return <NewDatasetClient />;
}
