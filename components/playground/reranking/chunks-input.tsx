"use client";

import { useState } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { chunksFromLines } from "@/lib/playground/ranking";
import { TextRows } from "../shared/text-rows";

/** Chunks as rows to edit one by one, or pasted one per line; both edit the same list. */
export function ChunksInput({
  chunks,
  onChange,
  errorFor,
}: {
  chunks: string[];
  onChange: (chunks: string[]) => void;
  errorFor: (index: number) => string | undefined;
}) {
  const [pasted, setPasted] = useState(() => chunks.join("\n"));
  return (
    <Tabs
      defaultValue="rows"
      onValueChange={(mode) => {
        if (mode === "paste") setPasted(chunks.join("\n"));
      }}
    >
      <TabsList aria-label="How to enter chunks">
        <TabsTrigger value="rows">Rows</TabsTrigger>
        <TabsTrigger value="paste">Paste</TabsTrigger>
      </TabsList>
      <TabsContent value="rows" className="pt-2">
        <TextRows values={chunks} onChange={onChange} itemLabel="Chunk" max={500} errorFor={errorFor} />
      </TabsContent>
      <TabsContent value="paste" className="space-y-1 pt-2">
        <label htmlFor="chunks-paste" className="text-muted-foreground text-xs">
          One chunk per line; empty lines are skipped.
        </label>
        <Textarea
          id="chunks-paste"
          value={pasted}
          rows={8}
          className="font-mono text-xs"
          onChange={(event) => {
            setPasted(event.target.value);
            const next = chunksFromLines(event.target.value);
            onChange(next.length ? next : [""]);
          }}
        />
      </TabsContent>
    </Tabs>
  );
}
