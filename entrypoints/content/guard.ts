/**
 * Nothing the extension does may surface in the page's console or break the page's own scripts: every
 * entry point (main, listeners, observers, idle callbacks) runs through `guard`, which keeps the last
 * error for the side panel to show instead.
 */
let lastError: string | null = null;
const listeners = new Set<(message: string) => void>();

export function recordError(error: unknown): void {
  if (isSuperseded(error)) return;
  lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  for (const listener of listeners) {
    try {
      listener(lastError);
    } catch {
      // A listener failing must not re-enter the error path.
    }
  }
}

export function getLastError(): string | null {
  return lastError;
}

export function onError(listener: (message: string) => void): void {
  listeners.add(listener);
}

/** Wraps a callback so that a throw or a rejected promise is recorded, never rethrown. */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(recordError);
    } catch (error) {
      recordError(error);
    }
  };
}

/** Thrown to abandon work that a newer scan (or the end of the content script) made pointless. */
export class Superseded extends Error {
  constructor() {
    super('superseded');
    this.name = 'Superseded';
  }
}

export function isSuperseded(error: unknown): boolean {
  return error instanceof Superseded;
}
