"use client";

import { useEffect, useState } from "react";
import type { DraftCodec } from "./draft-codec";

let loading: Promise<DraftCodec> | null = null;

/** The codec, fetched once per page. */
export function loadDraftCodec(): Promise<DraftCodec> {
  loading ??= import("./draft-codec").then(({ encodeDraft, decodeDraft }) => ({
    encode: encodeDraft,
    decode: decodeDraft,
  }));
  return loading;
}

/** The codec once it has loaded (right after the first paint); null until then. */
export function useDraftCodec(): DraftCodec | null {
  const [codec, setCodec] = useState<DraftCodec | null>(null);
  useEffect(() => {
    let live = true;
    void loadDraftCodec().then((loaded) => live && setCodec(loaded));
    return () => {
      live = false;
    };
  }, []);
  return codec;
}
