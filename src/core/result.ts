/**
 * Expected failures in the core are values, not exceptions: every fallible core function returns a
 * `Result`. The HTTP edge maps each `code` to a status through one table; the core knows nothing of HTTP.
 */
export interface Failure<C extends string = string> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  /** Zero-based character offset into the input the failure refers to, where there is one. */
  readonly at?: number;
  /** The input field the failure refers to, where there is one (dotted path). */
  readonly field?: string;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T, C extends string = string> = Success<T> | Failure<C>;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  message: string,
  where: { at?: number; field?: string } = {},
): Failure<C> {
  return { ok: false, code, message, ...where };
}
