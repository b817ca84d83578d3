"use client";

import { CopyButton } from "@/components/playground/shared/copy-button";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** A freshly minted key: the only time anyone sees it. */
export function KeyOnce({ email, apiKey }: { email: string; apiKey: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <Alert>
        <AlertDescription>
          Copy the API key of {email} now and hand it over safely: it is not shown again.
        </AlertDescription>
      </Alert>
      <div className="flex min-w-0 items-center gap-2">
        <code
          data-testid="new-api-key"
          className="bg-muted min-w-0 flex-1 rounded-md border px-3 py-2 font-mono text-sm break-all select-all"
        >
          {apiKey}
        </code>
        <CopyButton text={apiKey} label="Copy key" />
      </div>
    </div>
  );
}
