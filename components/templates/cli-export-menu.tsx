"use client";

import { ChevronDownIcon, CopyIcon, DownloadIcon, FileJsonIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CLI_FILE_NAME } from "@/lib/templates/cli-format";
import { copyText, downloadText } from "./export";

/** Export a template as the CLI's model-template.json; `json` is read when chosen, so it is always current. */
export function CliExportMenu({ json, disabled }: { json: () => string; disabled?: boolean }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" disabled={disabled}>
          <FileJsonIcon aria-hidden />
          Export
          <ChevronDownIcon aria-hidden className="opacity-60" />
        </Button>
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
