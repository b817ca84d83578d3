"use client";

import { useMemo } from "react";
import { FlaskConicalIcon } from "lucide-react";
import { targetLabel, type PlaygroundTarget } from "@/components/playground/shared/types";
import { useRegisterCommandSource, type CommandSearchSource } from "@/components/shell/command-sources";
import { playgroundHref } from "./deployment-gallery";

/** While the playground is open, the command palette can jump to any READY deployment by name. */
export function usePlaygroundCommandSource(targets: PlaygroundTarget[]) {
  const source = useMemo<CommandSearchSource>(
    () => ({
      id: "playground-deployments",
      heading: "Open in playground",
      search: async (query) => {
        const needle = query.trim().toLowerCase();
        return targets
          .filter((t) =>
            `${targetLabel(t)} ${t.model.name} ${t.deployment.name}`.toLowerCase().includes(needle),
          )
          .slice(0, 8)
          .map((t) => ({
            id: t.deployment.id,
            label: targetLabel(t),
            description: `${t.model.model_type} · ${t.deployment.name}`,
            href: playgroundHref(t),
            icon: FlaskConicalIcon,
          }));
      },
    }),
    [targets],
  );
  useRegisterCommandSource(source);
}
