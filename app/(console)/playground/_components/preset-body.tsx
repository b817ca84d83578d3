"use client";

import { useId, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon, UsersIcon } from "lucide-react";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { fetchJson } from "@/lib/api/http";
import { apiPaths } from "@/lib/api/paths";
import { PLAYGROUND_LIMITS } from "@/lib/limits";
import type { Draft } from "@/lib/playground/draft";
import type { PlaygroundPreset } from "@/lib/playground/run-types";
import { playgroundQueries } from "@/lib/queries/playground";
import type { PlaygroundModelType } from "@/lib/schemas/playground";
import { toast } from "@/lib/toast";

/** The picker's form and list, loaded when it first opens. */
export function PresetBody({
  modelType,
  current,
  onLoad,
}: {
  modelType: PlaygroundModelType;
  current: Draft | null;
  onLoad: (draft: Draft) => void;
}) {
  const id = useId();
  const { user, can } = useConsole();
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery(playgroundQueries.presetList(modelType));
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: playgroundQueries.presets });
  const save = useMutation({
    mutationFn: () =>
      fetchJson<PlaygroundPreset>(apiPaths.playgroundPresets, {
        method: "POST",
        json: { name, modelType, input: current, shared },
      }),
    onSuccess: async (preset) => {
      setName("");
      toast.success(`Saved the preset “${preset.name}”.`);
      await invalidate();
    },
    onError: (failure) => toast.error(failure.message),
  });
  const remove = useMutation({
    mutationFn: (presetId: string) => fetchJson(apiPaths.playgroundPreset(presetId), { method: "DELETE" }),
    onSuccess: invalidate,
    onError: (failure) => toast.error(failure.message),
  });
  const presets = data?.items ?? [];
  const writable = can("models:execute");
  return (
    <div className="flex max-h-[min(32rem,70vh)] flex-col">
      {writable && (
        <form
          className="space-y-2 border-b p-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() && current) save.mutate();
          }}
        >
          <label htmlFor={`${id}-name`} className="text-sm font-medium">
            Save this input as
          </label>
          <div className="flex gap-2">
            <Input
              id={`${id}-name`}
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder="Preset name"
              maxLength={PLAYGROUND_LIMITS.presetName}
            />
            <Button type="submit" size="sm" disabled={!name.trim() || !current || save.isPending}>
              Save
            </Button>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <Switch checked={shared} onCheckedChange={setShared} aria-label="Share in account" />
            Share in account
          </label>
        </form>
      )}
      <div className="overflow-y-auto p-1">
        {error && <p className="text-destructive p-3 text-sm">{error.message}</p>}
        {!error && !isPending && presets.length === 0 && (
          <p className="text-muted-foreground p-3 text-sm">No presets for this model type yet.</p>
        )}
        <ul aria-label="Presets">
          {presets.map((preset) => {
            const mine = preset.userId === user.id;
            return (
              <li key={preset.id} className="hover:bg-muted/50 flex items-center gap-1 rounded-md">
                <button
                  type="button"
                  className="min-w-0 flex-1 px-2 py-1.5 text-left text-sm"
                  onClick={() => onLoad({ ...preset.input, type: modelType })}
                  aria-label={`Load preset ${preset.name}`}
                >
                  <span className="block truncate font-medium">{preset.name}</span>
                  <span className="text-muted-foreground flex items-center gap-1 text-xs">
                    {preset.shared && <UsersIcon aria-hidden className="size-3" />}
                    {mine ? (preset.shared ? "Yours, shared in the account" : "Yours") : preset.userLabel}
                  </span>
                </button>
                {mine && writable && (
                  <Button
                    size="xs"
                    variant="ghost"
                    onClick={() => remove.mutate(preset.id)}
                    disabled={remove.isPending}
                    aria-label={`Delete preset ${preset.name}`}
                  >
                    <Trash2Icon aria-hidden />
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
