"use client";

import { useState } from "react";
import { PlusIcon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";

export type GenerationValues = {
  temperature: number;
  max_tokens: number | undefined;
  stop_sequences: string[];
  stream: boolean;
};

export const DEFAULT_GENERATION: GenerationValues = {
  temperature: 0.2,
  max_tokens: 64,
  stop_sequences: [],
  stream: true,
};

/** The knobs shared by completion and chat, as the request fields they become. */
export function generationFields(values: GenerationValues) {
  return {
    temperature: values.temperature,
    // Set means sent: 0 or -1 is caught by the check instead of silently becoming "model default".
    ...(values.max_tokens !== undefined ? { max_tokens: values.max_tokens } : {}),
    ...(values.stop_sequences.length ? { stop_sequences: values.stop_sequences } : {}),
    stream: values.stream,
  };
}

export function restoredGeneration(request: Record<string, unknown> | undefined): GenerationValues {
  if (!request) return DEFAULT_GENERATION;
  return {
    temperature:
      typeof request.temperature === "number" ? request.temperature : DEFAULT_GENERATION.temperature,
    max_tokens: typeof request.max_tokens === "number" ? request.max_tokens : undefined,
    stop_sequences: Array.isArray(request.stop_sequences)
      ? request.stop_sequences.filter((s) => typeof s === "string")
      : [],
    stream: request.stream !== false,
  };
}

/** Temperature, max tokens, up to four stop sequences and streaming; errors come from the request check. */
export function GenerationParams({
  values,
  onChange,
  errorFor,
  maxTemperature = 2,
}: {
  values: GenerationValues;
  onChange: (values: GenerationValues) => void;
  errorFor: (field: keyof GenerationValues) => string | undefined;
  /** The route's upper bound (built-in models by name take 0–1). */
  maxTemperature?: number;
}) {
  const [stop, setStop] = useState("");
  const addStop = () => {
    if (!stop || values.stop_sequences.length >= 4 || values.stop_sequences.includes(stop)) return;
    onChange({ ...values, stop_sequences: [...values.stop_sequences, stop] });
    setStop("");
  };
  return (
    <div className="space-y-4">
      <Param
        id="gen-temperature"
        label="Temperature"
        hint={`0–${maxTemperature}`}
        error={errorFor("temperature")}
      >
        <div className="flex items-center gap-3">
          <input
            type="range"
            aria-hidden
            tabIndex={-1}
            min={0}
            max={maxTemperature}
            step={0.05}
            value={Math.min(maxTemperature, Math.max(0, values.temperature))}
            onChange={(e) => onChange({ ...values, temperature: Number(e.target.value) })}
            className="accent-primary flex-1"
          />
          <Input
            id="gen-temperature"
            type="number"
            step={0.05}
            className="w-20"
            value={values.temperature}
            aria-invalid={errorFor("temperature") ? true : undefined}
            aria-describedby={errorFor("temperature") ? "gen-temperature-error" : undefined}
            onChange={(e) =>
              onChange({ ...values, temperature: e.target.value === "" ? 0 : Number(e.target.value) })
            }
          />
        </div>
      </Param>
      <Param id="gen-max-tokens" label="Max tokens" error={errorFor("max_tokens")}>
        <Input
          id="gen-max-tokens"
          type="number"
          min={1}
          placeholder="Model default"
          value={values.max_tokens ?? ""}
          aria-invalid={errorFor("max_tokens") ? true : undefined}
          aria-describedby={errorFor("max_tokens") ? "gen-max-tokens-error" : undefined}
          onChange={(e) =>
            onChange({ ...values, max_tokens: e.target.value === "" ? undefined : Number(e.target.value) })
          }
        />
      </Param>
      <Param
        id="gen-stop"
        label="Stop sequences"
        hint={`${values.stop_sequences.length}/4`}
        error={errorFor("stop_sequences")}
      >
        <div className="flex gap-2">
          <Input
            id="gen-stop"
            value={stop}
            placeholder="e.g. \n\n"
            disabled={values.stop_sequences.length >= 4}
            onChange={(e) => setStop(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                addStop();
              }
            }}
          />
          <Button
            type="button"
            variant="outline"
            size="icon"
            aria-label="Add stop sequence"
            onClick={addStop}
            disabled={!stop || values.stop_sequences.length >= 4}
          >
            <PlusIcon aria-hidden />
          </Button>
        </div>
        {values.stop_sequences.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Stop sequences">
            {values.stop_sequences.map((s) => (
              <li key={s}>
                <Badge variant="secondary" className="gap-1 pr-0.5 font-mono">
                  {JSON.stringify(s).slice(1, -1)}
                  <button
                    type="button"
                    className="hover:bg-background/60 rounded p-0.5"
                    aria-label={`Remove stop sequence ${s}`}
                    onClick={() =>
                      onChange({ ...values, stop_sequences: values.stop_sequences.filter((x) => x !== s) })
                    }
                  >
                    <XIcon aria-hidden className="size-3" />
                  </button>
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Param>
      <div className="flex items-center justify-between gap-3">
        <label htmlFor="gen-stream" className="text-sm font-medium">
          Stream tokens
        </label>
        <Switch
          id="gen-stream"
          checked={values.stream}
          onCheckedChange={(stream) => onChange({ ...values, stream })}
        />
      </div>
    </div>
  );
}

function Param({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint && <span className="text-muted-foreground text-xs">{hint}</span>}
      </div>
      {children}
      {error && (
        <p id={`${id}-error`} className="text-destructive text-xs" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
