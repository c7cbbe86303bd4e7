/**
 * Saying a small probability in words a reader can weigh: "1 in 1,000,000" rather than 9.99e-7. The
 * figure is rounded so that the statement stays true: the bound "at most p" becomes "at most 1 in N"
 * with N rounded down (to two significant figures), never up.
 */

/** Beyond this, "1 in N" is no clearer, and N is stated as this (still a true bound). */
const largestDenominator = 1e15;

export type BoundInWords =
  | { readonly kind: 'one-in'; readonly denominator: number }
  | { readonly kind: 'percent'; readonly percent: number }
  | { readonly kind: 'none' };

export function describeBound(bound: number): BoundInWords {
  if (!Number.isFinite(bound) || bound <= 0) return { kind: 'none' };
  if (bound > 0.1) return { kind: 'percent', percent: Math.min(100, Math.ceil(bound * 1000) / 10) };
  const exact = Math.min(1 / bound, largestDenominator);
  const magnitude = Math.floor(Math.log10(exact));
  const unit = 10 ** Math.max(magnitude - 1, 0);
  return { kind: 'one-in', denominator: Math.floor(exact / unit) * unit };
}

/** A p-value or score to two significant figures; a tiny one as mantissa and power of ten. */
export function splitSmall(value: number): { readonly mantissa: string; readonly exponent: number | null } {
  if (!Number.isFinite(value)) return { mantissa: String(value), exponent: null };
  if (value === 0 || Math.abs(value) >= 0.001)
    return { mantissa: String(Number(value.toPrecision(2))), exponent: null };
  const [mantissa = '', exponent = ''] = value.toExponential(1).split('e');
  return { mantissa, exponent: Number(exponent) };
}

/** The same as text: "45", "0.012", "2.7 × 10^-14". */
export function formatSmall(value: number): string {
  const { mantissa, exponent } = splitSmall(value);
  return exponent === null ? mantissa : `${mantissa} × 10^${exponent}`;
}
