/** The user gave us something we cannot use (bad option, unknown stage, malformed gold file). Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file or record that could not be read, with where and why. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`);
  }
}

/** A store could not be opened or written; carries the store's location. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly location: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${location}: ${message}`, options);
  }
}
