/**
 * A minimal GGUF v3 encoder: metadata key/values and f32 tensors, little-endian,
 * as read by llama.cpp (ggml/docs/gguf.md).
 */

export type GgufValue =
  | { type: "u32"; value: number }
  | { type: "i32"; value: number }
  | { type: "f32"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "string[]"; value: readonly string[] }
  | { type: "f32[]"; value: readonly number[] }
  | { type: "i32[]"; value: readonly number[] };

/** `dims` are in ggml order: dims[0] is the length of one row (the fastest-varying axis). */
export type GgufTensor = { name: string; dims: readonly number[]; data: Float32Array };

export type GgufDocument = {
  metadata: ReadonlyArray<readonly [key: string, value: GgufValue]>;
  tensors: readonly GgufTensor[];
  alignment?: number;
};

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
const GGUF_VERSION = 3;
const GGML_TYPE_F32 = 0;
const VALUE_TYPE = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9 } as const;

class ByteSink {
  private chunks: Uint8Array[] = [];
  length = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.byteLength;
  }
  private scalar(size: number, write: (view: DataView) => void): void {
    const bytes = new Uint8Array(size);
    write(new DataView(bytes.buffer));
    this.push(bytes);
  }
  u32(v: number): void {
    this.scalar(4, (d) => d.setUint32(0, v, true));
  }
  i32(v: number): void {
    this.scalar(4, (d) => d.setInt32(0, v, true));
  }
  u64(v: number): void {
    this.scalar(8, (d) => d.setBigUint64(0, BigInt(v), true));
  }
  f32(v: number): void {
    this.scalar(4, (d) => d.setFloat32(0, v, true));
  }
  bool(v: boolean): void {
    this.push(Uint8Array.of(v ? 1 : 0));
  }
  string(v: string): void {
    const bytes = new TextEncoder().encode(v);
    this.u64(bytes.byteLength);
    this.push(bytes);
  }
  raw(bytes: Uint8Array): void {
    this.push(bytes);
  }
  padTo(alignment: number): void {
    const rest = this.length % alignment;
    if (rest !== 0) this.push(new Uint8Array(alignment - rest));
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }
}

function writeValue(sink: ByteSink, value: GgufValue): void {
  switch (value.type) {
    case "u32":
      sink.u32(VALUE_TYPE.u32);
      sink.u32(value.value);
      return;
    case "i32":
      sink.u32(VALUE_TYPE.i32);
      sink.i32(value.value);
      return;
    case "f32":
      sink.u32(VALUE_TYPE.f32);
      sink.f32(value.value);
      return;
    case "bool":
      sink.u32(VALUE_TYPE.bool);
      sink.bool(value.value);
      return;
    case "string":
      sink.u32(VALUE_TYPE.string);
      sink.string(value.value);
      return;
    case "string[]":
      writeArray(sink, VALUE_TYPE.string, value.value, (v) => sink.string(v));
      return;
    case "f32[]":
      writeArray(sink, VALUE_TYPE.f32, value.value, (v) => sink.f32(v));
      return;
    case "i32[]":
      writeArray(sink, VALUE_TYPE.i32, value.value, (v) => sink.i32(v));
      return;
  }
}

function writeArray<T>(sink: ByteSink, itemType: number, items: readonly T[], write: (v: T) => void): void {
  sink.u32(VALUE_TYPE.array);
  sink.u32(itemType);
  sink.u64(items.length);
  items.forEach(write);
}

function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}

export function encodeGguf(doc: GgufDocument): Uint8Array {
  const alignment = doc.alignment ?? 32;
  const sink = new ByteSink();
  sink.u32(GGUF_MAGIC);
  sink.u32(GGUF_VERSION);
  sink.u64(doc.tensors.length);
  sink.u64(doc.metadata.length);
  for (const [key, value] of doc.metadata) {
    sink.string(key);
    writeValue(sink, value);
  }

  let offset = 0;
  for (const tensor of doc.tensors) {
    const expected = tensor.dims.reduce((a, b) => a * b, 1);
    if (expected !== tensor.data.length) {
      throw new Error(
        `tensor ${tensor.name}: dims ${tensor.dims.join("x")} need ${expected} values, got ${tensor.data.length}`,
      );
    }
    sink.string(tensor.name);
    sink.u32(tensor.dims.length);
    tensor.dims.forEach((d) => sink.u64(d));
    sink.u32(GGML_TYPE_F32);
    sink.u64(offset);
    offset = alignUp(offset + tensor.data.byteLength, alignment);
  }

  sink.padTo(alignment);
  for (const tensor of doc.tensors) {
    // Copy so the bytes are little-endian f32 regardless of the source view's offset.
    const bytes = new Uint8Array(tensor.data.byteLength);
    const view = new DataView(bytes.buffer);
    tensor.data.forEach((v, i) => view.setFloat32(i * 4, v, true));
    sink.raw(bytes);
    sink.padTo(alignment);
  }
  return sink.concat();
}
