import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SUBSETTER_WASM = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');

/** The few HarfBuzz functions a subset needs, as its WebAssembly build exports them. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthOut: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;

/**
 * A font cut down to the characters asked for, by HarfBuzz's subsetter compiled to
 * WebAssembly. The whole font is read into it once and kept, so each subset costs only the cut.
 */
export class FontSubsetter {
  private readonly hb: HarfBuzz;
  private readonly face: number;

  constructor(fontFile: string) {
    this.hb = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(SUBSETTER_WASM)))
      .exports as unknown as HarfBuzz;
    this.hb._initialize();
    const font = readFileSync(fontFile);
    // Kept for the subsetter's life: the face reads from it.
    const data = this.hb.malloc(font.byteLength);
    new Uint8Array(this.hb.memory.buffer, data, font.byteLength).set(font);
    const blob = this.hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    // Not preprocessed for repeated cuts: that took 450 ms, more than the few cuts a thread makes.
    this.face = this.hb.hb_face_create(blob, 0);
    this.hb.hb_blob_destroy(blob);
  }

  /** The font file (OpenType) holding the glyphs of these code points, and what they need. */
  subset(codePoints: Iterable<number>): Buffer {
    const input = this.hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('HarfBuzz could not start a font subset');
    let subset = 0;
    try {
      const unicodes = this.hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) this.hb.hb_set_add(unicodes, codePoint);
      subset = this.hb.hb_subset_or_fail(this.face, input);
    } finally {
      this.hb.hb_subset_input_destroy(input);
    }
    if (subset === 0) throw new Error('HarfBuzz could not cut the font to the characters asked for');
    const blob = this.hb.hb_face_reference_blob(subset);
    try {
      const data = this.hb.hb_blob_get_data(blob, 0);
      const length = this.hb.hb_blob_get_length(blob);
      if (length === 0) throw new Error('HarfBuzz cut the font to nothing');
      // Memory can grow while subsetting, which detaches older views: this one is taken now, and copied.
      return Buffer.from(new Uint8Array(this.hb.memory.buffer, data, length));
    } finally {
      this.hb.hb_blob_destroy(blob);
      this.hb.hb_face_destroy(subset);
    }
  }
}
