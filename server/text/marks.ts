// Latin letters compared without their diacritics, the way English news spells foreign names
// (Šahbazov as Sahbazov, Nguyễn as Nguyen).

/** The text decomposed (NFD) with its combining marks dropped. Letters that are not a base and a mark (ł, đ) stay. */
export function withoutMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}
