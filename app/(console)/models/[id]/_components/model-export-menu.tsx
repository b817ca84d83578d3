"use client";

import { ModelCliMenu } from "@/components/models/model-cli-menu";
import type { Model } from "@/lib/egp/types";
import { modelToCliJson } from "@/lib/models/cli-format";

/** The model page's model.json export; loaded on first press with the CLI format (zod). */
export function ModelExportMenu({ model, defaultOpen }: { model: Model; defaultOpen?: boolean }) {
  return <ModelCliMenu json={() => modelToCliJson(model)} defaultOpen={defaultOpen} />;
}
