"use client";

import { useEffect, useRef, useState } from "react";
import { SearchIcon, XIcon } from "lucide-react";

import { Input } from "@/components/ui/input";
import { Kbd } from "@/components/ui/kbd";
import { useSlashFocus } from "@/lib/hooks/use-slash-focus";

/**
 * Name search: typing stays local and instant, the URL (and so the query) follows 300 ms later.
 * "/" focuses it from anywhere on the page; Escape clears it.
 */
export function DataTableSearch({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useSlashFocus(ref);
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [pending, setPending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The URL changed from outside (back button, reset): show it, unless the user is mid-typing.
  if (value !== seen) {
    setSeen(value);
    if (!pending) setText(value);
  }

  function change(next: string) {
    setText(next);
    setPending(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setPending(false);
      if (next.trim() !== value) onChange(next.trim());
    }, 300);
  }

  return (
    <div className="relative w-full sm:w-72">
      <SearchIcon
        aria-hidden
        className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2"
      />
      <Input
        ref={ref}
        type="search"
        aria-label={label}
        placeholder={label}
        value={text}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Escape" && text) {
            event.preventDefault();
            change("");
          }
        }}
        className="h-9 pr-9 pl-8 [&::-webkit-search-cancel-button]:hidden"
      />
      {text ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            change("");
            ref.current?.focus();
          }}
          className="text-muted-foreground hover:text-foreground absolute top-1/2 right-2 -translate-y-1/2 rounded-sm p-0.5"
        >
          <XIcon className="size-4" />
        </button>
      ) : (
        <Kbd aria-hidden className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 border">
          /
        </Kbd>
      )}
    </div>
  );
}
