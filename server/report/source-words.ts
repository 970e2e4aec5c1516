// Source words, the denominator of MQM scores: runs of letters or digits, with inner
// apostrophes, hyphens and decimal points kept inside the word (don't, Kassym-Jomart, 3.5),
// as a translator's word count would have them.
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export function countParagraphWords(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) n += countWords(p);
  return n;
}
