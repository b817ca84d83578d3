"use client";

import { useSyncExternalStore } from "react";
import { CodeIcon } from "lucide-react";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { snippet, SNIPPET_LANGUAGES, type SnippetInput } from "@/lib/playground/code-snippets";
import type { UpstreamCall } from "@/lib/playground/upstream";
import { CopyButton } from "./copy-button";
import type { PlaygroundTarget } from "./types";

const LABELS = { curl: "curl", python: "Python", typescript: "TypeScript" } as const;

const noop = () => () => {};

/** The exact request of the current inputs as curl, Python (scale_gp) and TypeScript; the key stays a placeholder. */
export function ViewCodeDialog({
  call,
  kind,
  target,
  disabled,
  label = "View code",
}: {
  call: UpstreamCall | null;
  kind: SnippetInput["kind"];
  target: PlaygroundTarget;
  disabled?: boolean;
  label?: string;
}) {
  const { mode, currentAccount } = useConsole();
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  const baseUrl = mode.kind === "remote" ? mode.url : `${origin}/egp`;
  const input: SnippetInput | null = call && {
    call,
    kind,
    baseUrl,
    accountId: currentAccount?.id ?? null,
    modelId: target.model.id,
    deploymentId: target.deployment.id,
  };
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" disabled={disabled || !call}>
          <CodeIcon aria-hidden />
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Code for this request</DialogTitle>
          <DialogDescription>
            Set <code className="font-mono">SGP_API_KEY</code> to your API key; it is never shown here.
          </DialogDescription>
        </DialogHeader>
        {input && (
          <Tabs defaultValue="curl" className="min-w-0">
            <TabsList>
              {SNIPPET_LANGUAGES.map((language) => (
                <TabsTrigger key={language} value={language}>
                  {LABELS[language]}
                </TabsTrigger>
              ))}
            </TabsList>
            {SNIPPET_LANGUAGES.map((language) => {
              const code = snippet(language, input);
              return (
                <TabsContent key={language} value={language} className="relative min-w-0">
                  <div className="absolute top-2 right-2">
                    <CopyButton text={code} label={`Copy ${LABELS[language]}`} size="xs" />
                  </div>
                  <pre
                    className="bg-muted max-h-[60vh] overflow-auto rounded-md border p-4 font-mono text-xs leading-relaxed"
                    tabIndex={0}
                    aria-label={`${LABELS[language]} code`}
                  >
                    <code>{code}</code>
                  </pre>
                </TabsContent>
              );
            })}
          </Tabs>
        )}
      </DialogContent>
    </Dialog>
  );
}
