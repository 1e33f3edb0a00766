// Gunzip in WebAssembly for the web build's worker: libdeflate's whole-buffer decompressor
// (native/gunzip/gunzip.c, built by scripts/build-gunzip-wasm.sh). In Chromium it inflates a
// 37.6 MB profile in ~0.16 s, where DecompressionStream takes ~0.55 s of the worker's time, spent
// while the download still competes for the same cores. So the pieces of a download are only
// copied into the module's memory as they come, and the pages the output will fill are touched
// meanwhile (fresh pages fault slowly); the inflating runs once the last piece is in.
// Anything this path cannot take (more bytes than announced, data libdeflate refuses, a text
// after the last member) throws a TypeError: the caller then gunzips with the core's own path,
// which gives the error users know. An output past `maxBytes` throws RangeError, as zlib does.
import { bytesOfBase64 } from '../base64';
import { GUNZIP_WASM_BASE64 } from './gunzipWasm.generated';
import type { AsyncGunzipOutput, GzipPieces, PiecesGunzip } from './gunzipPieces';

/** The parts of the WebAssembly API used here (the project's lib is ES2022 without DOM). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  /** Given a compiled module, the instance itself. */
  instantiate(module: WasmModule, imports: object): Promise<{ readonly exports: object }>;
}

interface GunzipExports {
  readonly memory: WasmMemory;
  scratch_start(): number;
  gunzip_member(input: number, inputLength: number, output: number, outputRoom: number, results: number): number;
}

/** libdeflate's results. */
const SUCCESS = 0, INSUFFICIENT_SPACE = 3;
const PAGE = 65536;
/** What the pages touched ahead are sized on: gzip profiles expand 1.5–10×; touching is only a head start. */
const OUTPUT_GUESS = 1.5;
/** After this much input, one inflate of the part that has come: V8 then compiles the hot loop with its optimizing tier before the real run. */
const WARM_UP_BYTES = 2 << 20;

let compiled: Promise<WasmModule> | undefined;

/** Compiles the module once (start it early: it then overlaps the download); rejects where WebAssembly is not allowed. */
export function prepareWasmGunzip(): Promise<WasmModule> {
  compiled ??= Promise.resolve().then(() => {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (!api) throw new Error('no WebAssembly here');
    return api.compile(bytesOfBase64(GUNZIP_WASM_BASE64));
  });
  return compiled;
}

/** The gzip input this path refuses; the caller falls back to the core's gunzip. */
class NotForWasm extends TypeError {}
class OverLimit extends RangeError {}

const align = (n: number): number => Math.ceil(n / 64) * 64;

/**
 * Gunzips a file of `inputBytes` bytes arriving in `pieces` into a view of the module's memory;
 * the compressed file is handed back too, a view of the same memory (which does not shrink:
 * both stay as long as either is used).
 */
export async function wasmGunzipPieces(pieces: GzipPieces, inputBytes: number, maxBytes: number): Promise<AsyncGunzipOutput> {
  const module = await prepareWasmGunzip();
  const instance = await (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(module, {});
  const wasm = instance.exports as unknown as GunzipExports;
  const results = wasm.scratch_start();
  const inputAt = align(results + 16);
  const outputAt = align(inputAt + inputBytes);
  const guessEnd = outputAt + Math.min(maxBytes, OUTPUT_GUESS * inputBytes);
  growTo(wasm.memory, guessEnd);

  let received = 0, touched = outputAt, warmed = false;
  for (let piece = await pieces.next(); piece !== undefined; piece = await pieces.next()) {
    if (received + piece.length > inputBytes) throw new NotForWasm('the file grew while it was read');
    const memory = new Uint8Array(wasm.memory.buffer);
    memory.set(piece, inputAt + received);
    received += piece.length;
    const touchTo = outputAt + Math.floor((guessEnd - outputAt) * (received / inputBytes));
    for (; touched < touchTo; touched += 4096) memory[touched] = 0;
    if (!warmed && received >= WARM_UP_BYTES && received < inputBytes) {
      warmed = true;
      wasm.gunzip_member(inputAt, received, outputAt, guessEnd - outputAt, results);
    }
  }
  if (received !== inputBytes) throw new NotForWasm('the file ended early');
  const inputEndedAt = performance.now();

  let inAt = inputAt, inLeft = received, written = 0;
  // The trailer's size (of the last member; modulo 4 GiB, and a file may lie): a first guess.
  let room = Math.min(maxBytes, Math.max(1, new DataView(wasm.memory.buffer, inputAt + received - 4, 4).getUint32(0, true)));
  for (;;) {
    growTo(wasm.memory, outputAt + written + room);
    const result = wasm.gunzip_member(inAt, inLeft, outputAt + written, room, results);
    if (result === INSUFFICIENT_SPACE) {
      if (written + room >= maxBytes) throw new OverLimit(`gzip expands beyond ${maxBytes} bytes`);
      room = Math.min(maxBytes - written, Math.max(room * 2, 1 << 20));
      continue;
    }
    if (result !== SUCCESS) throw new NotForWasm(`libdeflate result ${result}`);
    const [out, used] = new Uint32Array(wasm.memory.buffer, results, 2);
    written += out;
    inAt += used;
    inLeft -= used;
    if (inLeft === 0) break;
    const memory = new Uint8Array(wasm.memory.buffer);
    if (inLeft < 18 || memory[inAt] !== 0x1f || memory[inAt + 1] !== 0x8b) throw new NotForWasm('data after the last gzip member');
    room = Math.min(maxBytes - written, Math.max(1 << 20, 4 * inLeft));
  }
  return {
    bytes: new Uint8Array(wasm.memory.buffer, outputAt, written), via: 'WebAssembly', inputEndedAt,
    input: new Uint8Array(wasm.memory.buffer, inputAt, inputBytes),
  };
}

function growTo(memory: WasmMemory, bytes: number): void {
  const pages = Math.ceil((bytes - memory.buffer.byteLength) / PAGE);
  if (pages <= 0) return;
  try {
    memory.grow(pages);
  } catch {
    throw new NotForWasm(`no room for ${bytes} bytes of WebAssembly memory`);
  }
}

/**
 * The WebAssembly gunzip once its module compiled (compiling starts now), else `fallback`
 * (DecompressionStream): a page whose policy forbids WebAssembly still opens profiles.
 * `compiling` is the module's compile (a test passes a refused one).
 */
export function wasmGunzipOr(fallback: PiecesGunzip | undefined, compiling: Promise<unknown> = prepareWasmGunzip()): PiecesGunzip {
  const usable = compiling.then(() => true, () => false);
  return async (pieces, sizeHint, maxBytes, inputBytes) => {
    if (await usable) return wasmGunzipPieces(pieces, inputBytes, maxBytes);
    if (fallback) return fallback(pieces, sizeHint, maxBytes, inputBytes);
    throw new NotForWasm('no asynchronous gunzip here');
  };
}
