/**
 * What a pulse measures: the eight traits of an efficient, service-minded team named by the
 * study (PRODUCT.md), then the two foundations of its communication, respect and trust.
 * The order is the rotation order (rotation.ts) and the order results are listed in.
 */
export const TRAITS = [
  'goals',
  'roles',
  'skills',
  'procedures',
  'communication',
  'culture',
  'coaching',
  'support',
  'respect',
  'trust',
] as const;

export type Trait = (typeof TRAITS)[number];

export const isTrait = (value: string): value is Trait => (TRAITS as readonly string[]).includes(value);
