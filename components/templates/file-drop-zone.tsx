"use client";

import { useState } from "react";
import { UploadIcon } from "lucide-react";

import { cn } from "@/lib/utils";

/** Accepts a file dropped anywhere on its children, with an overlay saying what a drop does. */
export function FileDropZone({
  onFile,
  label,
  className,
  children,
}: {
  onFile: (file: File) => void;
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  const [dragging, setDragging] = useState(false);
  const hasFiles = (event: React.DragEvent) => Array.from(event.dataTransfer.types).includes("Files");
  return (
    <div
      data-testid="file-drop-zone"
      className={cn("relative", className)}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {dragging && (
        <div className="bg-background/85 border-primary pointer-events-none absolute inset-0 z-10 grid place-items-center rounded-xl border-2 border-dashed">
          <p className="flex items-center gap-2 text-sm font-medium">
            <UploadIcon aria-hidden className="size-4" />
            {label}
          </p>
        </div>
      )}
    </div>
  );
}
