"use client";

import { useRef } from "react";
import { CopyIcon, DownloadIcon, UploadIcon } from "lucide-react";
import { toast } from "@/lib/toast";

import { copyText, downloadText } from "@/components/templates/export";
import { FileMenuTriggerButton } from "@/components/lazy/trigger-buttons";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { parseModelCli, type ModelCli } from "@/lib/models/cli-format";

export const MODEL_CLI_FILE = "model.json";

/** The CLI's model.json: export (read when chosen, so always current) and, when `onImport` is given, import. */
export function ModelCliMenu({
  json,
  onImport,
  defaultOpen,
}: {
  json?: () => string;
  onImport?: (model: ModelCli) => void;
  defaultOpen?: boolean;
}) {
  const fileInput = useRef<HTMLInputElement>(null);

  async function importFile(file: File | undefined) {
    if (!file || !onImport) return;
    const parsed = parseModelCli(await file.text());
    if (parsed.ok) onImport(parsed.model);
    else toast.error(`Could not import ${file.name}`, { description: parsed.message });
  }

  return (
    <>
      <DropdownMenu defaultOpen={defaultOpen}>
        <DropdownMenuTrigger asChild>
          <FileMenuTriggerButton label={MODEL_CLI_FILE} />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {onImport && (
            <>
              <DropdownMenuItem onSelect={() => fileInput.current?.click()}>
                <UploadIcon aria-hidden />
                Import {MODEL_CLI_FILE}…
              </DropdownMenuItem>
              {json && <DropdownMenuSeparator />}
            </>
          )}
          {json && (
            <>
              <DropdownMenuItem onSelect={() => downloadText(MODEL_CLI_FILE, json())}>
                <DownloadIcon aria-hidden />
                Download {MODEL_CLI_FILE}
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => void copyText(json(), MODEL_CLI_FILE)}>
                <CopyIcon aria-hidden />
                Copy JSON
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {onImport && (
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label={`Import ${MODEL_CLI_FILE}`}
          onChange={(event) => {
            void importFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
      )}
    </>
  );
}
