"use client";

import { CopyIcon, DownloadIcon } from "lucide-react";

import { FileMenuTriggerButton } from "@/components/lazy/trigger-buttons";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CLI_FILE_NAME } from "@/lib/templates/cli-format";
import { copyText, downloadText } from "./export";

/** Export a template as the CLI's model-template.json; `json` is read when chosen, so it is always current. */
export function CliExportMenu({
  json,
  disabled,
  defaultOpen,
}: {
  json: () => string;
  disabled?: boolean;
  defaultOpen?: boolean;
}) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>
        <FileMenuTriggerButton label="Export" disabled={disabled} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => downloadText(CLI_FILE_NAME, json())}>
          <DownloadIcon aria-hidden />
          Download {CLI_FILE_NAME}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void copyText(json(), CLI_FILE_NAME)}>
          <CopyIcon aria-hidden />
          Copy JSON
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
