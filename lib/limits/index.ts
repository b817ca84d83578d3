/**
 * Every input limit of the console's /api and the embedded /egp server, in one place. Zod-free so
 * the proxy, both servers and the browser's forms can share it.
 */

const KiB = 1024;
const MiB = 1024 * KiB;

/** Request bodies, in bytes. Execute and rank bodies carry many texts or chunks, so they get more room. */
export const BODY_LIMITS = {
  json: 1 * MiB,
  execute: 10 * MiB,
} as const;

/** Any JSON request body as a whole: nesting beyond this is refused before any schema runs. */
export const BODY_MAX_DEPTH = 64;

/** Free-form JSON fields (metadata, creation parameters, kwargs): bounded so a stored value stays listable. */
export const JSON_FIELD_LIMITS = { depth: 32, bytes: 64 * KiB, keys: 1_000 } as const;

/**
 * What a read answers as stored. Looser than the input limits, so values an older version accepted
 * still show; beyond this a value is replaced by a marker instead of failing the whole list.
 */
export const STORED_JSON_LIMITS = { depth: 64, bytes: 1 * MiB, keys: 10_000 } as const;

/**
 * String fields of the embedded server, in characters. The spec sets no maxLength; names stay well
 * under PostgreSQL's btree entry limit (2,704 bytes; a UTF-8 character takes up to 4).
 */
export const TEXT_LIMITS = {
  name: 255,
  id: 255,
  description: 10_000,
  card: 100_000,
  /** Registry, image, tag, memory and other short configuration strings. */
  setting: 2_000,
} as const;

/** Log lines quote at most this many characters of any one value. */
export const LOG_VALUE_LIMIT = 500;

export type JsonLimits = { depth: number; bytes: number; keys: number };

/** A size for a person: "25 MB", "1.5 KB", "300 bytes" (one decimal at most). */
export const formatBytes = (bytes: number) => {
  const tenths = (n: number) => String(Math.round(n * 10) / 10);
  return bytes >= MiB
    ? `${tenths(bytes / MiB)} MB`
    : bytes >= KiB
      ? `${tenths(bytes / KiB)} KB`
      : `${bytes} bytes`;
};

/**
 * Uploads to the embedded server's `/v4/beta/files` and training datasets: the file itself, and the multipart body around it
 * (boundaries, part headers, a long filename), so the body cap never refuses a file the file cap allows.
 */
export const FILE_LIMITS = { bytes: 25 * MiB, multipartOverhead: 64 * KiB } as const;
/** The 413's detail for an upload cap of `bytes`. */
export const fileTooLarge = (bytes: number) => `File larger than ${formatBytes(bytes)}`;
export const FILE_TOO_LARGE = fileTooLarge(FILE_LIMITS.bytes);
const FILE_UPLOAD_PATH = /^(?:\/egp)?\/(?:v4\/beta\/files|v[34]\/training-datasets)\/?$/;

/**
 * The most body bytes any route of the embedded server reads for this request: the upload routes take
 * files; every other route takes at most the execute limit. `detail` is the 413's message.
 */
export function egpBodyLimit(method: string, pathname: string): { bytes: number; detail?: string } {
  if (method.toUpperCase() === "POST" && FILE_UPLOAD_PATH.test(pathname))
    return { bytes: FILE_LIMITS.bytes + FILE_LIMITS.multipartOverhead, detail: FILE_TOO_LARGE };
  return { bytes: BODY_LIMITS.execute };
}

/**
 * The playground's saved runs and presets. A run keeps its whole input up to `inputBytes` (an execute
 * body may be larger; beyond this the run keeps a marker instead); an output beyond `outputBytes` (long
 * vectors) is not kept. Each user keeps their newest `runsPerUser` runs, the older ones removed once every
 * `pruneEvery` of their saves (so at most `runsPerUser + pruneEvery − 1` per console process are held), and
 * at most `presetsPerUser` presets.
 */
export const PLAYGROUND_LIMITS = {
  inputBytes: 1 * MiB,
  outputBytes: 256 * KiB,
  presetBytes: 256 * KiB,
  runsPerUser: 500,
  pruneEvery: 50,
  presetsPerUser: 100,
  presetName: 100,
  label: 300,
  summary: 300,
  error: 2_000,
  search: 200,
  page: 50,
} as const;
