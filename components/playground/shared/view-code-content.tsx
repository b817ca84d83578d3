"use client";

import { useSyncExternalStore } from "react";
import { DownloadIcon } from "lucide-react";
import { useConsole } from "@/components/shell/role-gate";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import {
  snippet,
  SNIPPET_KEY_VARIABLE,
  SNIPPET_LABELS,
  SNIPPET_LANGUAGES,
  type SnippetInput,
  type SnippetKind,
} from "@/lib/playground/code-snippets";
import type { UpstreamCall } from "@/lib/playground/upstream";
import { CopyButton } from "./copy-button";
import type { CodeTarget } from "./view-code-dialog";

const noop = () => () => {};

function download(name: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ViewCodeContent({
  open,
  onOpenChange,
  call,
  kind,
  target,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  call: UpstreamCall;
  kind: SnippetKind;
  target: CodeTarget;
}) {
  const { mode, currentAccount } = useConsole();
  const origin = useSyncExternalStore(
    noop,
    () => window.location.origin,
    () => "",
  );
  const baseUrl = mode.kind === "remote" ? mode.url.replace(/\/+$/, "") : `${origin}/egp`;
  const input: SnippetInput = {
    call,
    kind,
    baseUrl,
    accountId: currentAccount?.id ?? null,
    modelId: target.modelId,
    deploymentId: target.deploymentId,
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Code for this request</DialogTitle>
          <DialogDescription>
            Set <code className="font-mono">SGP_API_KEY</code> (curl, scale_gp, TypeScript) or{" "}
            <code className="font-mono">EGP_API_KEY</code> (scale_egp and its CLI) to your API key; it is
            never shown here.
          </DialogDescription>
        </DialogHeader>
        <Tabs defaultValue="curl" className="min-w-0">
          <div className="-mx-1 overflow-x-auto px-1 pb-1">
            <TabsList>
              {SNIPPET_LANGUAGES.map((language) => (
                <TabsTrigger key={language} value={language}>
                  {SNIPPET_LABELS[language]}
                </TabsTrigger>
              ))}
            </TabsList>
          </div>
          {SNIPPET_LANGUAGES.map((language) => {
            const form = snippet(language, input);
            const label = SNIPPET_LABELS[language];
            return (
              <TabsContent key={language} value={language} className="min-w-0 space-y-2">
                {form.available ? (
                  <>
                    <div className="flex flex-wrap items-center justify-end gap-2">
                      <span className="text-muted-foreground mr-auto text-xs">
                        Key from <code className="font-mono">${SNIPPET_KEY_VARIABLE[language]}</code>
                      </span>
                      {form.file && (
                        <Button
                          type="button"
                          variant="outline"
                          size="xs"
                          onClick={() => download(form.file!.name, form.file!.content)}
                        >
                          <DownloadIcon aria-hidden />
                          Download {form.file.name}
                        </Button>
                      )}
                      <CopyButton text={form.code} label="Copy" size="xs" />
                    </div>
                    <pre
                      className="bg-muted max-h-[55vh] overflow-auto rounded-md border p-4 font-mono text-xs leading-relaxed"
                      tabIndex={0}
                      aria-label={`${label} code`}
                    >
                      <code>{form.code}</code>
                    </pre>
                  </>
                ) : (
                  <p className="text-muted-foreground rounded-md border p-4 text-sm" role="note">
                    {form.reason}
                  </p>
                )}
              </TabsContent>
            );
          })}
        </Tabs>
      </DialogContent>
    </Dialog>
  );
}
