"use client";

import { useRef } from "react";
import { UploadIcon } from "lucide-react";

import { CliExportMenu } from "@/components/templates/cli-export-menu";
import { Button } from "@/components/ui/button";
import { TabsList, TabsTrigger } from "@/components/ui/tabs";

/** Form/JSON switch (inside the form's Tabs), file import and CLI export for the template form. */
export function FormToolbar({ onFile, json }: { onFile: (file: File) => void; json: () => string }) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <TabsList aria-label="Edit the template as">
        <TabsTrigger value="form" className="px-4">
          Form
        </TabsTrigger>
        <TabsTrigger value="json" className="px-4">
          JSON
        </TabsTrigger>
      </TabsList>
      <div className="flex items-center gap-2">
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Import model-template.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = "";
          }}
        />
        <Button type="button" variant="outline" onClick={() => fileInput.current?.click()}>
          <UploadIcon aria-hidden />
          Import JSON
        </Button>
        <CliExportMenu json={json} />
      </div>
    </div>
  );
}
