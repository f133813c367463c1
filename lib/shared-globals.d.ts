/**
 * The few globals the engine uses that Node and the browser both provide, declared for tsconfig.lib.json
 * (which has neither DOM nor Node types, so that nothing else slips in).
 */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
