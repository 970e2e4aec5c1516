import { describe, expect, it } from 'vitest';
import { englishMentions } from '../../server/names/english-mentions.ts';

const lex = { countryWords: new Set(['Kazakh', 'Kazakhstan', 'Russia', 'Azerbaijan', 'Russian', 'Armenian', 'Egyptian', 'Irish']) };
const mentions = (...paras: string[]) => englishMentions(paras, lex).map((m) => `${m.kind}${m.outletKind ? `/${m.outletKind}` : ''}:${m.text}`);

describe('englishMentions', () => {
  it.each([
    ['ALMATY, Kazakhstan -- Kazakh President Kassym-Jomart Tokayev spoke.', ['place:ALMATY', 'country:Kazakhstan', 'country:Kazakh', 'person:Kassym-Jomart Tokayev']],
    ['It drew praise from the private outlet Haqqin.az on Monday.', ['outlet/website:Haqqin.az']],
    ['The authors of Khod Mysley, a Russia-focused YouTube channel with many subscribers, asked.', ['outlet/channel:Khod Mysley', 'country:Russia', 'name:YouTube']],
    ['"It is vague," said Luca Anceschi, a lecturer at the University of Glasgow.', ['person:Luca Anceschi', 'org:University of Glasgow']],
    ['He published it in the state-run Kazakhstanskaya Pravda last week.', ['outlet:Kazakhstanskaya Pravda']],
    ['The Novaya Gazeta newspaper said so, and Anceschi told RFE/RL.', ['outlet/newspaper:Novaya Gazeta', 'name:Anceschi', 'outlet:RFE/RL']],
    ['NATO Secretary-General Mark Rutte agreed.', ['acronym:NATO', 'person:Mark Rutte']],
    ["Egyptian President Abdel Fattah al-Sisi met Tokayev's envoy.", ['country:Egyptian', 'person:Abdel Fattah al-Sisi', 'name:Tokayev']],
    ['Irish writer Sally O\'Brien met Jean-Pierre Raffarin.', ['country:Irish', "person:Sally O'Brien", 'name:Jean-Pierre Raffarin']],
    ['Baku-based analyst Fuad Šahbazov and pro-Kremlin commentators spoke.', ['name:Baku', 'person:Fuad Šahbazov', 'name:Kremlin']],
    // With the article, a name that reports or writes is a publication; without it, it may be a reporter.
    ['The plan leaked, the Korrespondent reported on Monday.', ['outlet:Korrespondent']],
    ['The plan leaked, Korrespondent reported on Monday.', ['name:Korrespondent']],
  ])('%s', (text, want) => {
    expect(mentions(text)).toEqual(want);
  });

  it('reads an all-caps headline by what the body writes as names', () => {
    const got = mentions('KAZAKH LEADER TOKAYEV CALLS FOR UNITY', 'Tokayev spoke on Monday in the capital.');
    expect(got).toEqual(['name:Tokayev']);
  });

  it('does not take sentence-initial words for names when the document writes them in lower case', () => {
    expect(mentions('But the plan failed.', 'It was not the plan but the money.')).toEqual([]);
  });

  it('leaves quoted title-case titles alone', () => {
    expect(mentions('In an op-ed titled "Rats And Ships Smell Of Delusion," Kirsanov wrote.')).toEqual(['name:Kirsanov']);
  });
});
