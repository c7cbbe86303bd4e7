/** The 1944 scheme, for core tests (the same data file the demo loads). */
import schemeData from '../../../data/scheme-1944.json' with { type: 'json' };
import { buildScheme, type ClassificationScheme } from '../marking/scheme.js';

export function load1944Scheme(): ClassificationScheme {
  const scheme = buildScheme(schemeData);
  if (!scheme.ok) throw new Error(scheme.message);
  return scheme.value;
}
