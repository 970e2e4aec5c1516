import { describe, expect, it } from 'vitest';
import { englishMentions } from '../../server/names/english-mentions.ts';

const lex = {
  countryWords: new Set([
    ...['Kazakh', 'Kazakhstan', 'Russia', 'Azerbaijan', 'Russian', 'Armenian', 'Egyptian', 'Irish', 'Ukraine', 'Chinese', 'Uzbekistan', 'India'],
    ...['South Korean', 'Czech', 'United States', 'America', 'United States of America', 'Zambia', 'Swiss', 'Panama', 'Kenya', 'Astana', 'New Delhi', 'Dominican Republic'],
  ]),
  // The words the dictionary translates, as far as these cases need.
  glossed: (w: string) => ['farmer', 'importer'].includes(w.toLowerCase()),
  // Countries by their own names, not their adjectives.
  regionNames: new Set(['Kazakhstan', 'Russia', 'Azerbaijan', 'Ukraine', 'Uzbekistan', 'India', 'United States', 'America', 'Zambia', 'Panama', 'Kenya', 'Dominican Republic']),
};
const mentions = (...paras: string[]) => englishMentions(paras, lex).map((m) => `${m.kind}${m.outletKind ? `/${m.outletKind}` : ''}:${m.text}`);
/** The texts of a paragraph's mentions, with the lexicon given (a dictionary of English words or none). */
const textsWith = (l: Parameters<typeof englishMentions>[1]) => (text: string) => englishMentions([text], l).map((m) => m.text);

describe('englishMentions', () => {
  it.each([
    ['ALMATY, Kazakhstan -- Kazakh President Kassym-Jomart Tokayev spoke.', ['place:ALMATY', 'country:Kazakhstan', 'country:Kazakh', 'person:Kassym-Jomart Tokayev']],
    ['It drew praise from the private outlet Haqqin.az on Monday.', ['outlet/website:Haqqin.az']],
    // A site that spells its generic ending with a capital; a country's code never has one (U.S.).
    ['He told the news site Pivden.Info that drones were shot down.', ['outlet/website:Pivden.Info']],
    ['The authors of Khod Mysley, a Russia-focused YouTube channel with many subscribers, asked.', ['outlet/channel:Khod Mysley', 'country:Russia', 'name:YouTube']],
    ['"It is vague," said Luca Anceschi, a lecturer at the University of Glasgow.', ['person:Luca Anceschi', 'org:University of Glasgow']],
    ['He published it in the state-run Kazakhstanskaya Pravda last week.', ['outlet:Kazakhstanskaya Pravda']],
    ['The Novaya Gazeta newspaper said so, and Anceschi told RFE/RL.', ['outlet/newspaper:Novaya Gazeta', 'name:Anceschi', 'outlet:RFE/RL']],
    // Where the outlet's own name follows the noun, the name before it is its city or language.
    ['He told the Hyderabad newspaper Deccan Ledger so.', ['name:Hyderabad', 'outlet/newspaper:Deccan Ledger']],
    ['He told the Gaelic channel BBC Alba so.', ['name:Gaelic', 'outlet/channel:BBC Alba']],
    ['He told the Hyderabad newspaper so.', ['outlet/newspaper:Hyderabad']],
    ['NATO Secretary-General Mark Rutte agreed.', ['acronym:NATO', 'person:Mark Rutte']],
    // An honorific is a title, which Chinese writes after the name (基尔·斯塔默爵士).
    ['Yesterday Sir Keir Starmer agreed.', ['person:Keir Starmer']],
    ["Egyptian President Abdel Fattah al-Sisi met Tokayev's envoy.", ['country:Egyptian', 'person:Abdel Fattah al-Sisi', 'name:Tokayev']],
    ['Irish writer Sally O\'Brien met Jean-Pierre Raffarin.', ['country:Irish', "person:Sally O'Brien", 'name:Jean-Pierre Raffarin']],
    // "AND" in capitals splits two names as "and" does; a capitalised word and a comma that no dash follows is no dateline.
    ['VARNAGAZ AND KESTRA SIGN DEAL: the deal was signed, Varnagaz and Kestra said.', ['acronym:VARNAGAZ', 'acronym:KESTRA', 'name:Varnagaz', 'name:Kestra']],
    ['STELCO, the state electricity company, began running a farm.', ['acronym:STELCO']],
    // A title word before a family name's article is a given name.
    ['Chief executive Sultan Al Mansoori spoke.', ['person:Sultan Al Mansoori']],
    // A word of the sentence before "son of" is a given name.
    ['The port official Said bin Khalfan al-Busaidi spoke on Monday.', ['person:Said bin Khalfan al-Busaidi']],
    // A saint's or a mount's abbreviation keeps its dot inside a name, and ends no sentence.
    ['Bürki scored twice as FC St. Gallen beat FC Lugano on Saturday.', ['name:Bürki', 'name:FC St. Gallen', 'name:FC Lugano']],
    // A sentence's first word that the document writes in lower case opens a name that runs to an organisation's head.
    ['Coconut Development Authority official Ann Lee said coconut output fell.', ['org:Coconut Development Authority', 'person:Ann Lee']],
    // So does an organisation's head before a name that is no title.
    ['Bank Al-Maghrib Governor Ann Lee said the central bank would hold.', ['name:Bank Al-Maghrib', 'person:Ann Lee']],
    // A surname's particle in lower case is its own where the document writes the full name with it.
    ['Varnagaz named Gerhard van Rensburg, and later van Rensburg said so.', ['name:Varnagaz', 'name:Gerhard van Rensburg', 'name:van Rensburg']],
    ['The ships sailed to the yard of van Dijk.', ['name:Dijk']],
    // Jr./Sr. before a dash keeps its dot; Ma. (María) opens a name, but ends none; dela joins a Philippine surname.
    ['Three were named — Darnell Whitaker Sr. — the Chronicle reported.', ['name:Darnell Whitaker Sr.', 'outlet:Chronicle']],
    // So does a company's Co. or Corp. (a legal form ends an organisation's name).
    ['Its shipments fell, Trans Mountain Corp. said on Monday.', ['org:Trans Mountain Corp.']],
    ['Selvana Electric Co. (Selco) will build new lines.', ['org:Selvana Electric Co.', 'name:Selco']],
    ['He joined Tarvo Petroleum Corp. Ltd. in May.', ['org:Tarvo Petroleum Corp. Ltd.']],
    // A private company's bracket before Ltd.
    ['He joined Varnak Platinum (Pty) Ltd in May.', ['org:Varnak Platinum (Pty) Ltd']],
    ['He joined Varnak Textiles (Private) Limited in May.', ['org:Varnak Textiles (Private) Limited']],
    // An ampersand between two words of one name.
    ['He joined Varnak Mining & Smelting Co. in May.', ['org:Varnak Mining & Smelting Co.']],
    // With the comma East Asian companies write before Ltd.
    ['He joined Kanazu Precision Co., Ltd. in May.', ['org:Kanazu Precision Co., Ltd.']],
    // And a sentence's end, where one dot is both; the next sentence's first word is not joined.
    ['The regulator fined Tarvo Drilling Co. Omar Haddad said it would appeal.', ['org:Tarvo Drilling Co.', 'name:Omar Haddad']],
    ['The talks were led by Ramon Velarde Jr. They ended on Friday.', ['name:Ramon Velarde Jr.']],
    // Pvt. before Ltd. joins it; a Bhd at a sentence's end is written without its dot as often.
    ['It was built by Lagoon Vista Resorts Pvt. Ltd. on the atoll.', ['org:Lagoon Vista Resorts Pvt. Ltd.']],
    ['The mill belongs to Rejang Timber Bhd. It was sold.', ['org:Rejang Timber Bhd']],
    ['Its partner bought Varnak Energy Inc.\'s acreage.', ['org:Varnak Energy Inc.']],
    // A numbered road's number is its name; a figure after the road's word is none.
    ['The floods closed Route 199 near the bridge.', ['name:Route 199']],
    ['The traffic on Kansas Highway 10 and Interstate 95 slowed.', ['name:Kansas Highway 10', 'name:Interstate 95']],
    ['The Route was closed in 2,500 places.', ['name:Route']],
    // Legal forms of other languages end an organisation's name, and keep their dot (Kft., Ltda.);
    // a trade opening the sentence before a company describes it.
    ['The stake went to Lahti Timber Oy on Monday.', ['org:Lahti Timber Oy']],
    ['It was built by Szeged Cables Kft. with local partners.', ['org:Szeged Cables Kft.']],
    ['The plant was sold to Minas do Norte Ltda. It will reopen.', ['org:Minas do Norte Ltda.']],
    ['Importer Kesrouan Flour SAL said prices would rise.', ['org:Kesrouan Flour SAL']],
    // A trade the dictionary lacks (Packer, Steelmaker), and a legal form of several tokens (S.A., S.A. de C.V.).
    ['Packer Dattes du Djérid S.A. said it had signed contracts.', ['org:Dattes du Djérid S.A.']],
    ['Steelmaker Sheksna Metal Works PJSC will cut output.', ['org:Sheksna Metal Works PJSC']],
    ['Importer Aguacates del Cupatitzio S.A. de C.V. said so.', ['org:Aguacates del Cupatitzio S.A. de C.V.']],
    // A chief's title (Setswana Kgosi).
    ['Kgosi Tebogo Mmusi-Ramotswa said the trust would act.', ['person:Tebogo Mmusi-Ramotswa']],
    ['It summoned Ma. Teresita Lim and Jose dela Cruz Jr. on Monday.', ['name:Ma. Teresita Lim', 'name:Jose dela Cruz Jr.']],
    ['It was Jack Ma. Alibaba shares fell.', ['name:Jack Ma', 'name:Alibaba']],
    // A title in the plural opens a run of names; a team's plural stays its name's.
    ['Senators Ana Ruiz and Pedro Lima spoke.', ['person:Ana Ruiz', 'name:Pedro Lima']],
    ['Grandmasters Levon Tatevosyan and Karen Melkonyan drew.', ['person:Levon Tatevosyan', 'name:Karen Melkonyan']],
    ['The Varnagaz Kings won again.', ['name:Varnagaz Kings']],
    // "and" in what a head is for joins one name.
    ['The Varnagaz Bank for Reconstruction and Development said so.', ['org:Varnagaz Bank for Reconstruction and Development']],
    // Members of other parliaments and contenders are titled as MPs are.
    ['Rival Ana Quispe Mamani said she would appeal.', ['person:Ana Quispe Mamani']],
    ['Fianna Fáil TD Niamh Kehoe-Ryan said so.', ['name:Fianna Fáil', 'person:Niamh Kehoe-Ryan']],
    // So is a police rank.
    ['The victims were found, Detective Sergeant Wing-kei Lam-Chow said.', ['person:Wing-kei Lam-Chow']],
    // After a title Ma. still opens a name.
    ['Representative Ma. Luisa Dimaculangan-Reyes spoke on Monday.', ['person:Ma. Luisa Dimaculangan-Reyes']],
    // "of the" after an organisation's head joins the name; not after a title.
    ['The aid was handed to the Supreme Council of the Varnagaz Federation on Monday.', ['org:Supreme Council of the Varnagaz Federation']],
    ['He said the President of the Varnagaz Federation would visit.', ['org:Varnagaz Federation']],
    // The Dutch article's 's- opens a name.
    ["The ferry to 's-Gravendeel was cancelled.", ["name:'s-Gravendeel"]],
    // A nickname in quotes between two names is part of the name.
    ["The suspects were Tomás 'Chato' Ibarguren and Ramon \"Bong\" Villaruz Jr., police said.", ["name:Tomás 'Chato' Ibarguren", 'name:Ramon "Bong" Villaruz Jr.']],
    // ...of up to three words.
    ['the goals came from Kofi "Black Eagle" Asante-Boadu and Yaw Mensah.', ['name:Kofi "Black Eagle" Asante-Boadu', 'name:Yaw Mensah']],
    // A Turkic patronymic after a hyphen is the name's; another lower-case suffix is not (Baku-based).
    ['Judge Serik Tolegenov-uly fined the Baku-based firm.', ['person:Serik Tolegenov-uly', 'name:Baku']],
    // A title, a name, then what its bearer is of: two mentions; a cleric's title is no part of the name.
    ['Lawmaker Evarista Quilla Mamani of Popular Renewal said the vote failed.', ['person:Evarista Quilla Mamani', 'name:Popular Renewal']],
    ['Mawlawi Abdul Sattar Haqbin said the road would reopen.', ['person:Abdul Sattar Haqbin']],
    ['Alhaji Musa Bello Kangiwa said prices rose.', ['person:Musa Bello Kangiwa']],
    // A dateline's capitals are the country table's name, word by word; a dash right after one it lists makes a dateline too.
    ['NEW DELHI, Jan 21 — Varnagaz said coal output rose.', ['country:NEW DELHI', 'name:Varnagaz']],
    // A US state shortened after a city keeps its dot.
    ['CHARLESTON, W.Va., Aug. 30 — Varnagaz said coal output rose.', ['place:CHARLESTON', 'name:W.Va.', 'name:Varnagaz']],
    ['TACOMA, Wash. — Varnagaz said coal output rose.', ['place:TACOMA', 'name:Wash.', 'name:Varnagaz']],
    // The region and the date may each have their comma; the place may have a hyphen.
    ['ATYRAU, Kazakhstan, Jan. 9 — Varnagaz said coal output rose.', ['place:ATYRAU', 'country:Kazakhstan', 'name:Varnagaz']],
    ['UST-KAMENOGORSK, Kazakhstan — Varnagaz said coal output rose.', ['place:UST-KAMENOGORSK', 'country:Kazakhstan', 'name:Varnagaz']],
    ['ASTANA — Varnagaz signed the deal on Monday.', ['country:ASTANA', 'name:Varnagaz']],
    // Abbreviations of common nouns name nothing; one inside a name is the name's.
    ['It said LNG exports rose, the GDP grew and Varnagaz LNG said so.', ['name:Varnagaz LNG']],
    // After a country's name it names a company, country and all; not after its adjective.
    ['Kazakhstan LNG signed a deal to ship Russian LNG.', ['name:Kazakhstan LNG', 'country:Russian']],
    // Kin before a name opening a sentence are no part of it, as an occupation is not.
    ['Siblings Brian Kipngeno Tanui and Faith Chepkemoi Tanui won on Sunday.', ['person:Brian Kipngeno Tanui', 'name:Faith Chepkemoi Tanui']],
    // A mixed-case acronym in brackets whose capitals are the name's initials shortens it; McKinsey's are not.
    ['The loan was approved by the Islamic Development Bank (IsDB) on Wednesday.', ['org:Islamic Development Bank', 'acronym:IsDB']],
    // The capitals may be the initials in the name's own language's order, one dropped.
    ['The National Institute for Forest Research (INFoR) fined three firms.', ['org:National Institute for Forest Research', 'acronym:INFoR']],
    ['He joined the Boston Consulting Group (McKinsey) later.', ['org:Boston Consulting Group', 'name:McKinsey']],
    // …and so is one after a title and before a name; undersecretaries and commissioners have titles too.
    ['Trade resumed, assistant commissioner Said Anwar Shinwari told reporters.', ['name:Trade', 'person:Said Anwar Shinwari']],
    ['Economy Undersecretary Itzel Tlapanco Ordóñez said so.', ['person:Itzel Tlapanco Ordóñez']],
    // A name's particle opens a sentence with the particle after it, though the document writes it in lower case.
    ['Pieter van der Westhuizen spoke on Thursday. Van der Westhuizen told reporters so.', ['name:Pieter van der Westhuizen', 'name:Van der Westhuizen']],
    // A brand's or a place's name may open with small letters before its capital.
    ['The viewers of bTV and the eThekwini municipality were told so.', ['name:bTV', 'name:eThekwini']],
    // A dateline may have up to four words, the first of two letters when a place word ends them.
    ['PORT SAID, July 9 — The company will receive three cargoes.', ['place:PORT SAID']],
    ['HO CHI MINH CITY, May 2 — The company will receive three cargoes.', ['place:HO CHI MINH CITY']],
    ['SAN FRANCISCO DE MACORIS, May 2 — The company will receive three cargoes.', ['place:SAN FRANCISCO DE MACORIS']],
    ['UN TALKS STALL, May 2 — The company will receive three cargoes.', []],
    // A dateline's seat of government is the country table's.
    ['ASTANA, Sept. 22 — the officials met on Monday.', ['country:ASTANA']],
    // A month shortened before a day is a date; Jan alone may be a name.
    ['TOKYO, Feb. 3 — Jan Kowalski met the press on Sept. 4.', ['place:TOKYO', 'name:Jan Kowalski']],
    // The elided "of" of French and Italian names is lower case and part of the name.
    ["Director Anne-Sophie d'Orval spoke, and d'Orval left.", ["person:Anne-Sophie d'Orval", "name:d'Orval"]],
    ['Baku-based analyst Fuad Šahbazov and pro-Kremlin commentators spoke.', ['name:Baku', 'person:Fuad Šahbazov', 'name:Kremlin']],
    // A name that reports or writes is a publication after the article, or opening or closing the
    // sentence, where a person would have said; mid-sentence or with a title it may be a reporter.
    ['The plan leaked, the Korrespondent reported on Monday.', ['outlet:Korrespondent']],
    ['The plan leaked, Korrespondent reported on Monday.', ['outlet:Korrespondent']],
    ['Korrespondent reported that the plan had leaked.', ['outlet:Korrespondent']],
    ['The plan leaked and Korrespondent reported it.', ['name:Korrespondent']],
    ['The plan leaked, correspondent Olena Bilyk reported.', ['person:Olena Bilyk']],
    // Two particles inside a name; holidays are dates, not names; a press agency is an outlet.
    ['Commission President Ursula von der Leyen spoke.', ['name:Commission', 'person:Ursula von der Leyen']],
    ['Families gathered for Christmas and Easter in Dublin.', ['name:Families', 'name:Dublin']],
    ['The deal was signed, Kyodo Press reported.', ['outlet:Kyodo Press']],
    // A noun for an organisation right before a name makes it one; a role before a name, a person.
    ['Passengers of the rail operator Arriva waited.', ['name:Passengers', 'org:Arriva']],
    ['The company said chief executive Ola Nordmann would stay.', ['person:Ola Nordmann']],
    // After a title, a title word at the end is the surname.
    ['Judge Sarah King dismissed the case.', ['person:Sarah King']],
    // A pronoun that is a Chinese surname opens a name before a pinyin given name, not before other words.
    ['He Xiaopeng, chairman of the firm, said so on Monday.', ['name:He Xiaopeng']],
    ['He Travelled to Dublin on Monday.', ['name:Travelled', 'name:Dublin']],
    // An ordinal opens an outlet's or organisation's name; connectors of other languages join names.
    ['He told the 21st Century Business Herald about it.', ['outlet:21st Century Business Herald']],
    ['It rained in Rio Grande do Sul and Dar es Salaam on Monday.', ['name:Rio Grande do Sul', 'name:Dar es Salaam']],
    ['He joined the Instituto Português do Mar e da Atmosfera last year.', ['name:Instituto Português do Mar e da Atmosfera']],
    ['He told Argumenty i Fakty that the talks had failed.', ['name:Argumenty i Fakty']],
    // A day does not report: a name ending in "Day" that reports is a paper.
    ['The port had reopened, Business Day reported.', ['outlet:Business Day']],
    // An agency is a news agency when its name says so or is one name and the word.
    ['Officials said the International Atomic Energy Agency would inspect the plant.', ['name:Officials', 'org:International Atomic Energy Agency']],
    ['He told the Anadolu Agency on Monday that talks would resume.', ['outlet:Anadolu Agency']],
    ['The deal was signed, Xinhua News Agency reported on Monday.', ['outlet:Xinhua News Agency']],
    // A collective noun's possessive is inside a name; a name's possessive ends one.
    ["The governor of the People's Bank of China said rates would fall.", ["org:People's Bank of China"]],
    ["He said Tokayev's Foreign Minister had left.", ['name:Tokayev', 'person:Minister']],
    // An outlet's head word anywhere after the country keeps the country in the name.
    ['The talks stalled, the Zambia Daily Mail reported on Monday.', ['outlet:Zambia Daily Mail']],
  ])('%s', (text, want) => {
    expect(mentions(text)).toEqual(want);
  });

  // Where a name starts and ends (issue 7). Each case failed before the boundary fixes.
  it.each([
    // A title word inside an organisation's name does not cut it.
    ['The World Health Organization warned of a new wave.', ['org:World Health Organization']],
    ['World Health Organization Director-General Tedros Adhanom Ghebreyesus spoke.', ['org:World Health Organization', 'person:Tedros Adhanom Ghebreyesus']],
    ['The Ministry of Health and the National Health Commission agreed.', ['org:Ministry of Health', 'org:National Health Commission']],
    ['The Health Ministry said so, and Health Minister Jane Doe agreed.', ['org:Health Ministry', 'person:Jane Doe']],
    ['Minister of Foreign Affairs Sergei Lavrov arrived.', ['person:Sergei Lavrov']],
    ['Ministry of Defence officials said so.', ['org:Ministry of Defence']],
    ['King Abdullah University hosted Senate Foreign Relations Committee Chairman Jim Risch.', ['org:King Abdullah University', 'org:Senate Foreign Relations Committee', 'person:Jim Risch']],
    // A sentence's first word opens a name with "of" only if it is a head of such names.
    ['Shares of Deutsche Bank fell 5 percent.', ['name:Shares', 'org:Deutsche Bank']],
    ['Residents of Almaty queued for hours.', ['name:Residents', 'name:Almaty']],
    // A portfolio word is a title only before an office.
    ['Labour MP Emily Thornberry told the BBC.', ['name:Labour', 'person:Emily Thornberry', 'outlet:BBC']],
    ['Home Secretary Yvette Cooper spoke.', ['person:Yvette Cooper']],
    ['Presidential aide Yuri Ushakov said so.', ['person:Yuri Ushakov']],
    // "for"/"on" after a head join one name; "and" between two complete names does not.
    ['He met the head of the State Committee for National Security on Monday.', ['org:State Committee for National Security']],
    ['The World Bank and International Monetary Fund agreed.', ['org:World Bank', 'org:International Monetary Fund']],
    ['The Russian Orthodox Church and Czech Television agreed.', ['org:Russian Orthodox Church', 'outlet:Czech Television']],
    // An occupation before a name is no part of it.
    ['Winemaker Tamar Beridze said frost had hit the vines.', ['person:Tamar Beridze']],
    ['Polk County Sheriff Wade Tillman said two people were missing.', ['name:Polk County', 'person:Wade Tillman']],
    // A sentence's first word with an agent's ending that the dictionary translates, before a
    // name of two words or more; not a given name the dictionary does not know.
    ['Farmer Joaquim Sousa Lobo said the fires had spread.', ['person:Joaquim Sousa Lobo']],
    ['Peter Van Dyke said the fires had spread.', ['name:Peter Van Dyke']],
    // A Korean given syllable of six letters; "An" inside a name; a forward's position.
    ['Official Seo Hyeong-jun said so.', ['person:Seo Hyeong-jun']],
    ['The floods hit the old town of Hội An on Monday.', ['name:Hội An']],
    ['Forward Tomáš Brezina scored twice.', ['person:Tomáš Brezina']],
    // A sentence's first word that opens a name with "of" stays, though the document writes it in lower case.
    ['Port of Tanjung Priok officials said the port would reopen.', ['org:Port of Tanjung Priok']],
    ['Metro do Recife officials said the metro would reopen.', ['name:Metro do Recife']],
    // An organisation's head that also ends publications' names, before "reported": an outlet.
    ['The prices rose, the Kenya Financial Review reported.', ['outlet:Kenya Financial Review']],
    // A name that publishes is an outlet: its last word is no title.
    ['The prices rose, the Ekiti Leader reported.', ['outlet:Ekiti Leader']],
    // A unit named after a person names no one.
    ['The temperature in Basra reached 50 degrees Celsius.', ['name:Basra']],
    // "Today" capitalised after a name is a title's.
    ['The plan passed, the newspaper Malawi Today reported.', ['outlet/newspaper:Malawi Today']],
    // After a head's "of", "and" joins what it is of.
    ['The Idaho Department of Parks and Recreation closed the trail.', ['org:Idaho Department of Parks and Recreation']],
    ['The Ghana Shipping and Logistics Enterprise said so.', ['org:Ghana Shipping and Logistics Enterprise']],
    // Hyphenated given names after a surname keep their second syllable.
    ['South Korean President Lee Jae-myung met Kim Min-seok in Busan.', ['country:South Korean', 'person:Lee Jae-myung', 'name:Kim Min-seok', 'name:Busan']],
    // An initial may touch the word after it.
    ['The newspaper Folha de S.Paulo reported it.', ['outlet/newspaper:Folha de S.Paulo']],
    // Function words capitalised inside a name (Chinese and Vietnamese surnames, Theresa May).
    ['Chinese Vice Premier He Lifeng met General Secretary To Lam.', ['country:Chinese', 'person:He Lifeng', 'person:To Lam']],
    ['Prime Minister Theresa May resigned.', ['person:Theresa May']],
    // A channel's number; a publication's head before "of".
    ['He spoke to the channel Khabar 24 on Monday.', ['outlet/channel:Khabar 24']],
    // A station's name opening with its word (Radio, Radyo).
    ['She denied the charges on Radio Višegrad.', ['outlet/radio:Radio Višegrad']],
    // A river's, a lake's or a valley's name is a place, not an organisation (Ewaso Nyiro River).
    ['They moved along the Ewaso Nyiro River last week.', ['place:Ewaso Nyiro River']],
    // A legal form alone is no name (the Co of Co-defendant); an acronym that is also one is (APS).
    ['Co-defendant Slavica Vukojević-Marić denied the charges.', ['name:Slavica Vukojević-Marić']],
    ['He said APS would raise its rates.', ['acronym:APS']],
    // A unit after a figure is the figure's (150 MW), not the first word of the name after it.
    ['They will build the 150 MW Fon-Yaghnob plant.', ['name:Fon-Yaghnob']],
    // A unit's number is part of its name, not a quantity, a score or a thousand.
    ['The Datteln 4 plant will close in 2030.', ['name:Datteln 4']],
    ['They repaired Estlink 2 on Friday.', ['name:Estlink 2']],
    ['It ended Sudbury 4, Windsor 3 on Friday.', ['name:Sudbury', 'name:Windsor']],
    ['They fined Shabab Al-Aqaba 5,000 dinars.', ['name:Shabab Al-Aqaba']],
    // A station's frequency keeps its decimal; a sentence's full stop after a number does not join it.
    ['The minister told Radio Talofa 88.5 that inspectors would be retrained.', ['outlet/radio:Radio Talofa 88.5']],
    ['The coach told Radio Escarpment 105. Then he left.', ['outlet/radio:Radio Escarpment 105']],
    ['He told the Times of India that it was over.', ['outlet:Times of India']],
    // Countries before a generic institution, after a person, and as a whole.
    ['Russian Foreign Ministry spokeswoman Maria Zakharova spoke.', ['country:Russian', 'org:Foreign Ministry', 'person:Maria Zakharova']],
    // A bank, an airline or a place's authority is named with its country; a state's organ is not.
    ['The Swiss National Bank kept its rate at zero.', ['org:Swiss National Bank']],
    ['Kenya Airways resumed flights on Monday.', ['org:Kenya Airways']],
    ['The Panama Canal Authority said water levels had recovered.', ['org:Panama Canal Authority']],
    ['Kazakh Security Council secretary Gizat Nurdauletov spoke.', ['country:Kazakh', 'org:Security Council', 'person:Gizat Nurdauletov']],
    // A country's own name before a state's organ is part of its name.
    ['The Azerbaijan Tourism Board paid half.', ['org:Azerbaijan Tourism Board']],
    ['Shavkat Mirziyoyev of Uzbekistan visited the United States of America.', ['name:Shavkat Mirziyoyev', 'country:Uzbekistan', 'country:United States of America']],
    // A Turkic patronymic's "son of" written apart, in lower case, is the name's.
    ['He met Azamat Nurlanbek uulu on Monday.', ['name:Azamat Nurlanbek uulu']],
    ['He met Rashad Elchin oglu Nasibli on Monday.', ['name:Rashad Elchin oglu Nasibli']],
    // A name that ends as only a person's does (Jr.), then the town they are from.
    ['He met Harlan T. Bergstrom Jr. of Williston on Monday.', ['name:Harlan T. Bergstrom Jr.', 'name:Williston']],
    // So does a company's legal form; one at the end after "of" is the whole name's.
    ['He said Moana Tuna Services Ltd of Suva would hire.', ['org:Moana Tuna Services Ltd', 'name:Suva']],
    ['He said Varnak Bank of Orda Ltd. would hire.', ['org:Varnak Bank of Orda Ltd.']],
  ])('boundary: %s', (text, want) => {
    expect(mentions(text)).toEqual(want);
  });

  // What the boundary rules must leave as it was.
  it.each([
    ['Bank of America raised its forecast.', ['org:Bank of America']],
    ['Kingdom of Saudi Arabia officials agreed.', ['name:Kingdom of Saudi Arabia']],
    ['A loan from the World Bank for Ukraine was approved.', ['org:World Bank', 'country:Ukraine']],
    ['Foreign ministry spokeswoman Mao Ning said so.', ['person:Mao Ning']],
    ['Tokayev told CNN Monday that he would go.', ['name:Tokayev', 'outlet:CNN']],
    ['Results The retention time was short.', ['name:Results']],
    ['It ran in the newspaper Pravda 5 days later.', ['outlet/newspaper:Pravda']],
    ['The Soviet-era plant and Russian-language media were discussed.', ['name:Soviet', 'country:Russian']],
    ['He met the Press Trust of India.', ['name:Press Trust of India']],
    ['Chief Justice John Roberts swore him in.', ['person:John Roberts']],
  ])('unchanged: %s', (text, want) => {
    expect(mentions(text)).toEqual(want);
  });

  it('reads an all-caps headline by what the body writes as names', () => {
    const got = mentions('KAZAKH LEADER TOKAYEV CALLS FOR UNITY', 'Tokayev spoke on Monday in the capital.');
    expect(got).toEqual(['name:Tokayev']);
  });

  it('reads a paragraph that opens with a headline in capitals as a headline up to its colon or dash', () => {
    const headline = { ...lex, knownWord: (w: string) => ['to', 'restart', 'refinery', 'by', 'monday'].includes(w.toLowerCase()) };
    const got = englishMentions(['VARNAGAZ TO RESTART TULKOVO REFINERY BY MONDAY: The company said the units were repaired, Jan Novak said.'], headline);
    expect(got.map((m) => m.text)).toEqual(['VARNAGAZ', 'TULKOVO', 'Jan Novak']);
  });

  it("takes an agency named by an English word for a state's, and one named by a name for a news agency", () => {
    const known = { ...lex, knownWord: (w: string) => ['irrigation', 'inspectors', 'of', 'the', 'met'].includes(w.toLowerCase()) };
    const got = englishMentions(['Inspectors of the Irrigation Agency met the Anadolu Agency.'], known).map((m) => `${m.kind}:${m.text}`);
    expect(got.filter((m) => m.endsWith('Agency'))).toEqual(['org:Irrigation Agency', 'outlet:Anadolu Agency']);
  });

  it('reads a headline, a byline and a dateline on lines of their own as it reads paragraphs', () => {
    const known = ['halts', 'logging', 'near', 'forest', 'the', 'service', 'said', 'licences', 'were', 'suspended', 'by', 'farmers', 'prices', 'fell'];
    const headline = { ...lex, knownWord: (w: string) => known.includes(w.toLowerCase()) };
    const got = englishMentions(['VARNAGAZ HALTS LOGGING NEAR KILOMBERO FOREST\nThe Forest Service said licences were suspended.'], headline);
    expect(got.map((m) => m.text)).toEqual(['VARNAGAZ', 'KILOMBERO FOREST', 'Forest Service']);
    // The offsets are the paragraph's.
    expect(got.map((m) => m.start)).toEqual([0, 28, 49]);
    const byline = englishMentions(['By Amina Wanjiru Kariuki\nNAKURU, Kenya — Farmers said prices fell.'], headline).map((m) => `${m.kind}:${m.text}`);
    expect(byline.slice(0, 3)).toEqual(['name:Amina Wanjiru Kariuki', 'place:NAKURU', 'country:Kenya']);
  });

  it('reads a paragraph that opens with a headline in title case as a headline up to its dash', () => {
    const known = ['opens', 'new', 'refinery', 'unit', 'ahead', 'of', 'schedule', 'the', 'began', 'production'];
    const headline = { ...lex, knownWord: (w: string) => known.includes(w.toLowerCase()) };
    const got = englishMentions(['Varnagaz Opens New Tulkovo Refinery Unit Ahead of Schedule — The unit began production, Jan Novak said.'], headline);
    expect(got.map((m) => m.text)).toEqual(['Varnagaz', 'Tulkovo', 'Jan Novak']);
  });

  it('reads one word in capitals before a dash as a dateline when it is no English word', () => {
    const known = ['breaking', 'said', 'so'];
    const dateline = { ...lex, knownWord: (w: string) => known.includes(w.toLowerCase()) };
    const kinds = (text: string) => englishMentions([text], dateline).map((m) => `${m.kind}:${m.text}`);
    expect(kinds('CHIȘINĂU — Varnagaz said so.')).toEqual(['place:CHIȘINĂU', 'name:Varnagaz']);
    expect(kinds('BREAKING — Varnagaz said so.')).not.toContain('place:BREAKING');
  });

  it('reads capitals before a dash as a dateline when a place word ends or opens them, though every word is English', () => {
    const known = ['salt', 'lake', 'city', 'oil', 'prices', 'fall', 'said', 'so', 'port'];
    const dateline = { ...lex, knownWord: (w: string) => known.includes(w.toLowerCase()) };
    const kinds = (text: string) => englishMentions([text], dateline).map((m) => `${m.kind}:${m.text}`);
    expect(kinds('SALT LAKE CITY — Varnagaz said so.')).toEqual(['place:SALT LAKE CITY', 'name:Varnagaz']);
    expect(kinds('PORT TALVIK — Varnagaz said so.')).toEqual(['place:PORT TALVIK', 'name:Varnagaz']);
    expect(kinds('OIL PRICES FALL — Varnagaz said so.')).toEqual(['name:Varnagaz']);
  });

  it('does not take sentence-initial words for names when the document writes them in lower case', () => {
    expect(mentions('But the plan failed.', 'It was not the plan but the money.')).toEqual([]);
  });

  it('leaves quoted title-case titles alone', () => {
    expect(mentions('In an op-ed titled "Rats And Ships Smell Of Delusion," Kirsanov wrote.')).toEqual(['name:Kirsanov']);
  });
});

describe('a country in capitals', () => {
  it("is the country, not an acronym (a headline's GHANA)", () => {
    const withGhana = { ...lex, countryWords: new Set([...lex.countryWords, 'Ghana']) };
    const found = englishMentions(['GHANA: SHEA PRICES SLUMP IN UPPER EAST\nBOLGATANGA, Ghana — Processors said so.'], withGhana);
    expect(found.filter((m) => m.text === 'GHANA').map((m) => m.kind)).toEqual(['country']);
  });
});

describe('an acronym in brackets after the name it shortens', () => {
  const shortened = (text: string) =>
    englishMentions([text], lex)
      .filter((m) => m.shortens)
      .map((m) => `${m.text}<${m.shortens!.text}`);
  it.each([
    ['The Tennessee Valley Authority (TVA) said demand hit a record.', ['TVA<Tennessee Valley Authority']],
    ['Ghana Cocoa Board (COCOBOD) chief executive said prices would rise.', ['COCOBOD<Ghana Cocoa Board']],
    ['He said the National Oceanic and Atmospheric Administration (NOAA) had warned.', ['NOAA<National Oceanic and Atmospheric Administration']],
    ["He said the Austrian People's Party (ÖVP) would stay in power.", ["ÖVP<Austrian People's Party"]],
    // A possessive country of two words, with an acronym of the name in its own language.
    ["The Dominican Republic's Central Electoral Board (JCE) named three members.", ['JCE<Central Electoral Board']],
    // The mention before the bracket is only the end of the name: no partner.
    ["He said the Anti-Corruption Foundation's Legal Team (LT) would appeal.", []],
    ['He said the Kazakh Temir Zholy (KTZ) had cut fares.', []],
    // Not right before the bracket, or not in one.
    ['The Tennessee Valley Authority said so, and TVA agreed.', []],
  ])('%s', (text, want) => {
    expect(shortened(text)).toEqual(want);
  });
});

// A qualifier before an office in lower case is a title when it opens the run or follows a
// country or another title; after a name word it ends an organisation's name.
// A name the dictionary knows whole keeps the country word it opens with.
describe('a country word inside a name the dictionary knows', () => {
  it('keeps British Columbia whole', () => {
    expect(englishMentions(['He lives in British Columbia now.'], { ...lex, countryWords: new Set([...lex.countryWords, 'British']) }).map((m) => m.text)).toEqual(['British Columbia']);
  });
});

describe('a portfolio word before a lower-case office', () => {
  it.each([
    ['Sarawak Energy chief executive Nurul Aina spoke.', ['name:Sarawak Energy', 'person:Nurul Aina']],
    ['Russian Foreign ministry spokeswoman Maria Zakharova said so.', ['country:Russian', 'person:Maria Zakharova']],
    ['Foreign ministry spokeswoman Mao Ning said so.', ['person:Mao Ning']],
    // Portfolios of resources and sectors are such words too (Mining Minister, Oil Minister).
    ['Mining Minister Vesna Stojkovic said the project met standards.', ['person:Vesna Stojkovic']],
    ['Federal Natural Resources Minister Colleen Hart said so.', ['person:Colleen Hart']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

// Before bin/ibn a title word is the given name; a title has a name after it first.
describe('a title word before bin', () => {
  it.each([
    ['The port chief Sultan bin Khalfan Al-Mahrouqi said so.', ['person:Sultan bin Khalfan Al-Mahrouqi']],
    ['Sultan Haitham bin Tarik met him.', ['person:Haitham bin Tarik']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

// Languages that capitalise only a name's first word: its lower-case words are the name's when
// English does not know them and a letter English does not write says the phrase is foreign.
describe('lower-case words of a name in another language', () => {
  const known = new Set(['said', 'hydropower', 'refinery', 'plant', 'the', 'that', 'reported', 'business', 'daily']);
  const withWords = { ...lex, knownWord: (w: string) => known.has(w.toLowerCase()) };
  const found = textsWith(withWords);
  it.each([
    ['The business daily Hospodárske noviny reported the cut.', ['Hospodárske noviny']],
    ['Sokolovská uhelná said it would stop mining.', ['Sokolovská uhelná']],
    // An English word ends the name; so does one English knows though the dictionary does not.
    ['The Vlčie hrdlo refinery stopped, and Kubička said so.', ['Vlčie hrdlo', 'Kubička']],
    ['The Rogun hydropower plant opened.', ['Rogun']],
    // All ASCII: nothing says the word is not English.
    ['Lietuvos rytas reported the cut.', ['Lietuvos']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('takes a headline word that is no English word for a name, though the body does not write it', () => {
    const headline = { ...lex, knownWord: (w: string) => ['minister', 'resigns', 'after', 'gas', 'shortages'].includes(w.toLowerCase()) };
    expect(englishMentions(['KAZAKH MINISTER MIRZAEV RESIGNS AFTER GAS SHORTAGES'], headline).map((m) => m.text)).toEqual(['MIRZAEV']);
    expect(englishMentions(['KAZAKH MINISTER MIRZAEV RESIGNS AFTER GAS SHORTAGES'], lex).map((m) => m.text)).toEqual([]);
  });

  it('joins nothing without a dictionary', () => {
    expect(englishMentions(['Sokolovská uhelná said it would stop mining.'], lex).map((m) => m.text)).toEqual(['Sokolovská']);
  });
});

// A paragraph's mentions are remembered with what the rest of its document answered; a paragraph
// seen again in another document is read again when that document answers differently.
describe('a paragraph seen in several documents', () => {
  const names = (...paras: string[]) => englishMentions(paras, lex).map((m) => `${m.para}:${m.text}`);
  it('follows each document', () => {
    const opening = 'Brown said the talks would resume.';
    // In the first and third documents "brown" is written in lower case elsewhere, so the opening Brown is no name.
    expect(names(opening, 'A brown haze covered Almaty.')).toEqual(['1:Almaty']);
    expect(names('The talks stalled.', opening, 'The officials agreed.')).toEqual(['1:Brown']);
    expect(names(opening, 'A brown haze covered Almaty.')).toEqual(['1:Almaty']);
    expect(names('The talks stalled.', opening)).toEqual(['1:Brown']);
  });
});

describe("a list inside an organisation's name", () => {
  const known = new Set(['natural', 'resources', 'ecology', 'technical', 'supervision', 'agriculture', 'fisheries', 'conservation', 'department', 'forestry', 'environment', 'england', 'trade']);
  const withWords = { ...lex, knownWord: (w: string) => known.has(w.toLowerCase()) };
  const found = textsWith(withWords);
  it.each([
    // Commas and a last "and" after a head's "of", or before a head that ends the list.
    ["Kyrgyzstan's Ministry of Natural Resources, Ecology and Technical Supervision approved it.", ['Kyrgyzstan', 'Ministry of Natural Resources, Ecology and Technical Supervision']],
    ['The Agriculture, Fisheries and Conservation Department said so.', ['Agriculture, Fisheries and Conservation Department']],
    ['The Department of Forestry, Fisheries and the Environment said so.', ['Department of Forestry, Fisheries and the Environment']],
    // A list of names: words English does not know.
    ['The Bank of England, Barclays and HSBC said so.', ['Bank of England', 'Barclays', 'HSBC']],
    // No head before the list, nor one ending it: English words listed.
    ['Ecology, Trade and Agriculture were discussed.', ['Ecology', 'Trade', 'Agriculture']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('joins nothing without a dictionary', () => {
    expect(englishMentions(['The Department of Forestry, Fisheries and the Environment said so.'], lex).map((m) => m.text)).toEqual(['Department of Forestry', 'Fisheries', 'Environment']);
  });
});

describe('a possessive inside a name', () => {
  const known = new Set(['traders', 'prosecutors', 'coffee', 'district', 'office', 'association', 'state']);
  const withWords = { ...lex, knownWord: (w: string) => known.has(w.toLowerCase()) };
  const found = textsWith(withWords);
  it.each([
    // A plural English knows, or an office-holder, before a head.
    ["The Mombasa Coffee Traders' Association met.", ["Mombasa Coffee Traders' Association"]],
    ["The Daegu District Prosecutors' Office said so.", ["Daegu District Prosecutors' Office"]],
    ["The State Attorney's Office will appeal.", ["State Attorney's Office"]],
    // A head's -General is no title (Secretary-General is one).
    ['The Directorate-General for Fisheries said so.', ['Directorate-General for Fisheries']],
    ['Secretary-General Varno Kelt said so.', ['Varno Kelt']],
    // A name that ends in s, and a possessive before no head.
    ["The Kiribas' Association met.", ['Kiribas', 'Association']],
    ["The Prosecutors' Varnak said so.", ['Prosecutors', 'Varnak']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('a name, then the organisation its bearer is of', () => {
  const found = textsWith(lex);
  it.each([
    // Two words or more with no head, then a head, a legal form or an acronym: two mentions.
    ['He met Varik Seltan of Orda Ring Promotions LLP on Monday.', ['Varik Seltan', 'Orda Ring Promotions LLP']],
    ['He met Tamsin Kerrow of Varnak Workers Union on Monday.', ['Tamsin Kerrow', 'Varnak Workers Union']],
    // A head before "of" makes one name (Varnak Bank of Orda).
    ['He joined Varnak Bank of Orda Ltd. in May.', ['Varnak Bank of Orda Ltd.']],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a surname's particle before its short form", () => {
  const found = textsWith(lex);
  it.each([
    // Capitalised where it opens the sentence, as the full name before writes it.
    ['Founder Karl von Varnholt said so. Von Varnholt added that it grew.', ['Karl von Varnholt', 'Von Varnholt']],
    // The Dutch article's 't after van (van 't Hoff).
    ["Director Pieter van 't Hooft-Smit said so. Van 't Hooft-Smit added that ships wait.", ["Pieter van 't Hooft-Smit", "Van 't Hooft-Smit"]],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
