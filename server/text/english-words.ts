import { stemmer } from 'stemmer';

// English words reduced to comparable keys, for matching them against dictionary glosses:
// function words dropped, irregular forms mapped to their base form (dictionary glosses give
// "to go", a novel writes "went"), then Porter stems, so "friendship" in a gloss and
// "friendships" in a sentence meet.

/** Function words: they match everything, so they carry no evidence about which sentence renders which. */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than as of to in on at by for from with without into onto upon about above below ' +
    'over under up down out off through across along around between among before after during since until till while ' +
    'is am are was were be been being do does did done doing have has had having will would shall should can could may might must ' +
    'i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself we us our ours ' +
    'ourselves they them their theirs themselves this that these those who whom whose which what whatever whoever ' +
    'there here where when why how all any both each every either neither some such no not only own same too very just ' +
    "also even still again ever quite rather s t d ll m o re ve y 's n't sth sb etc one oneself something someone somebody " +
    'cl lit fig esp used word form bound variant see abbr'
  ).split(' '),
);

/** Irregular verb forms and plurals that Porter stemming cannot bring back to the gloss form. */
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'went:go gone:go goes:go saw:see seen:see took:take taken:take came:come gave:give given:give got:get gotten:get made:make ' +
    'said:say says:say told:tell thought:think knew:know known:know found:find felt:feel left:leave kept:keep held:hold ' +
    'brought:bring bought:buy caught:catch taught:teach fought:fight sought:seek stood:stand understood:understand ' +
    'sat:sit ran:run began:begin begun:begin drank:drink drunk:drink sang:sing sung:sing swam:swim rang:ring ' +
    'wrote:write written:write rode:ride ridden:ride rose:rise risen:rise drove:drive driven:drive ate:eat eaten:eat ' +
    'fell:fall fallen:fall forgot:forget forgotten:forget hid:hide hidden:hide bit:bite bitten:bite broke:break broken:break ' +
    'spoke:speak spoken:speak woke:wake woken:wake chose:choose chosen:choose froze:freeze frozen:freeze stole:steal stolen:steal ' +
    'wore:wear worn:wear tore:tear torn:tear bore:bear born:bear swore:swear sworn:swear threw:throw thrown:throw ' +
    'grew:grow grown:grow flew:fly flown:fly drew:draw drawn:draw blew:blow blown:blow shook:shake shaken:shake ' +
    'slept:sleep swept:sweep wept:weep crept:creep dealt:deal meant:mean heard:hear lay:lie lain:lie laid:lay ' +
    'led:lead fed:feed fled:flee bled:bleed met:meet paid:pay sold:sell sent:send spent:spend built:build lent:lend bent:bend ' +
    'lost:lose shot:shoot lit:light struck:strike stuck:stick hung:hang dug:dig spun:spin won:win became:become ' +
    'men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose people:person wives:wife lives:life ' +
    'knives:knife leaves:leaf thieves:thief halves:half selves:self better:good best:good worse:bad worst:bad ' +
    'elder:old eldest:old older:old oldest:old'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

const keyCache = new Map<string, string | null>();

/** The comparison key of one lower-case word, or null for a function word. */
export function wordKey(lower: string): string | null {
  const hit = keyCache.get(lower);
  if (hit !== undefined) return hit;
  const key = STOPWORDS.has(lower) ? null : stemmer(IRREGULAR[lower] ?? lower);
  // Stemming is the slow part and texts repeat their words; the cache is bounded so that a
  // long run over odd input cannot grow it without end.
  if (keyCache.size < 200_000) keyCache.set(lower, key);
  return key;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Keys of the content words of an English text, in order (repeats kept). */
export function contentKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 2 && !/\d/.test(w)) continue;
    const k = wordKey(w);
    if (k !== null) out.push(k);
  }
  return out;
}
