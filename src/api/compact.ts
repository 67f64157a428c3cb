/** Drops keys whose value is undefined, so parsed parameters fit types with exact optional properties. */
export type Compact<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}
