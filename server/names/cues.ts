// English words around a name that say what it names. They are grammar of news English, not
// names: the names themselves live in corpus/*.tsv or are found in the text.

/** Titles and roles before a person's name (Kazakh President Kassym-Jomart Tokayev, journalist Zuhra Novruzova). */
export const PERSON_TITLES = new Set(
  (
    'president vice prime minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy ' +
    'general gen. lt. col. maj. capt. adm. sgt. colonel major captain admiral commander marshal ' +
    'mr. mrs. ms. dr. prof. sen. rep. gov. rev. mr mrs ms dr prof sen rep gov senator governor mayor ' +
    'king queen prince princess emir sheikh sultan pope patriarch cardinal bishop archbishop imam ayatollah sir dame lord baroness ' +
    'journalist reporter correspondent editor columnist commentator writer author analyst expert researcher ' +
    'lecturer professor scholar economist historian lawyer attorney judge prosecutor activist dissident opposition ' +
    'leader chairman chairwoman chair director founder ceo head chief deputy speaker official diplomat justice ' +
    'presenter anchor host producer personality politician lawmaker legislator mp councillor aide adviser advisor ' +
    'representative congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman ' +
    // Members of other parliaments, written as MP is (Independent TD Declan O'Dwyer-Flynn), and a
    // contender's role (Rival Dilcia Sabillón Reyes).
    'td mla mep msp mpp rival challenger incumbent opponent ' +
    // Police ranks (Detective Sergeant Kevin Au-Yeung).
    'detective sergeant constable corporal lieutenant ' +
    // Clerics' titles, as imam and sheikh above (Mawlawi Abdul Kabir); not a chief's Ratu, which
    // Fijian names carry as a part (拉图·约塞法).
    'mawlawi maulvi mullah ' +
    // Chiefs' and traditional rulers' titles (Kgosi Tebogo Mmusi-Ramotswa, 酋长…).
    'kgosi kabaka ' +
    // Pilgrims' honorifics before a West African or Arab name (Alhaji Aliko Dangote, Hajj Mahmoud …).
    'alhaji alhaja hajia hajj haji hajji ' +
    'assistant candidate nationalist blogger poet novelist artist singer actor actress coach player grandmaster ' +
    'undersecretary under-secretary commissioner superintendent inspector administrator treasurer ombudsman coordinator magistrate ' +
    'executive manager owner billionaire striker forward midfielder goalkeeper defender winger ' +
    // Occupations news puts before a name ("Winemaker Nino Kharaishvili said"); not those that are
    // also common surnames (Farmer, Baker, Cook), which a title word at a name's end would cut.
    'sheriff winemaker agronomist teacher nurse surgeon physician doctor engineer scientist biologist geologist ' +
    'volcanologist seismologist epidemiologist hydrologist meteorologist climatologist virologist cardiologist ' +
    'veterinarian midwife firefighter ranger curator archaeologist pharmacist trader vendor shopkeeper resident ' +
    'student pastor priest rabbi monk chef photographer filmmaker architect banker investor entrepreneur grower ' +
    'rancher herder fisherman zoologist ecologist botanist oceanographer astronomer physicist chemist ' +
    'sociologist anthropologist psychologist psychiatrist dentist paramedic mechanic electrician technician'
  ).split(' '),
);

/**
 * Words that make a title only together with the office after them: Foreign Minister, Home
 * Secretary, Crown Prince, National Security Adviser. Elsewhere they are words of a name (World
 * Health Organization, Labour MP, Home Office, Ministry of Defence).
 */
export const OFFICE_QUALIFIERS = new Set(
  (
    'foreign defense defence interior finance economy energy health education trade labor labour home affairs external ' +
    'internal treasury planning agriculture transport transportation environment culture tourism industry commerce ' +
    'communications information development emergencies emergency security national presidential crown press cabinet ' +
    'government state mining mines oil petroleum fisheries forestry housing sport sports youth natural resources federal ' +
    'science technology infrastructure digital'
  ).split(' '),
);

/** Offices a qualifier attaches to (Foreign Minister, Press Secretary), not every title (Labour MP, Labour leader). */
export const QUALIFIED_OFFICES = new Set(
  (
    'minister ministers secretary secretaries commissioner spokesman spokeswoman spokesperson chief czar tsar ' +
    'representative envoy undersecretary director adviser advisor aide official officials prince princess'
  ).split(' '),
);

/**
 * Heads that may open a name before "of" at the start of a sentence besides ORG_HEADS (which
 * the dictionary index also reads, so it is not extended here): Kingdom of Saudi Arabia.
 */
export const HEADS_BEFORE_OF = new Set(['kingdom', 'commonwealth', 'isle', 'sultanate', 'emirate', 'principality']);

/**
 * Second halves of English compounds after a capitalised word (Baku-based, Soviet-era,
 * Russian-language), cut off even where they could be the short second syllable of a
 * hyphenated given name after a surname (Lee Jae-myung keeps "-myung").
 */
export const COMPOUND_TAILS = new Set(
  (
    'era style like wide born made built run led bred less free proof bound centric minded friendly sceptic skeptic ' +
    'language speaker speakers right left wing type class level scale size sized only specific year old vintage loyal ' +
    'hostile majority dominant heavy rich poor'
  ).split(' '),
);

/** Days and months: in "told CNN Monday" the capital is the date's, not a name's. */
export const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december ' +
    // Holidays and seasons of the calendar: dates, not entities (复活节, 圣诞节, 斋月).
    'christmas easter ramadan eid diwali hanukkah thanksgiving nowruz passover lent advent'
  ).split(' '),
);

/** Months as datelines shorten them (Jan. 21, Sept. 22): a date, where Jan alone may be a name. */
export const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Nouns that name a kind of outlet; the value is the kind (what outlets.tsv calls it). */
export const OUTLET_NOUNS: ReadonlyMap<string, string> = new Map([
  ['outlet', 'outlet'], ['newspaper', 'newspaper'], ['daily', 'newspaper'], ['weekly', 'newspaper'], ['tabloid', 'newspaper'],
  ['paper', 'newspaper'], ['magazine', 'magazine'], ['journal', 'magazine'], ['gazette', 'newspaper'],
  ['channel', 'channel'], ['broadcaster', 'broadcaster'], ['station', 'broadcaster'], ['radio', 'broadcaster'], ['tv', 'channel'],
  ['television', 'channel'], ['program', 'programme'], ['programme', 'programme'], ['show', 'programme'], ['podcast', 'programme'],
  ['agency', 'news agency'], ['website', 'website'], ['site', 'website'], ['portal', 'website'], ['blog', 'website'],
  ['publication', 'outlet'], ['platform', 'platform'],
]);

/** Outlet kinds that are not newspapers: rendering one as 《…报》 turns it into a paper. */
export const NOT_A_NEWSPAPER = new Set(['website', 'channel', 'broadcaster', 'programme', 'news agency', 'platform']);

/** Verbs after an outlet's name ("Haqqin.az reported"); weak: people write too. */
export const OUTLET_VERBS = new Set(['reported', 'reports', 'wrote', 'writes', 'published', 'broadcast', 'aired']);

/** Verbs that follow someone who acts or speaks ("Oracle said", "Target announced"): the word before is a name, even a common one. */
export const ACTOR_VERBS = new Set([...OUTLET_VERBS, 'said', 'says', 'told', 'tells', 'announced', 'announces', 'added', 'stated', 'noted', 'denied', 'confirmed', 'warned', 'declined']);

/** Phrases before an outlet's name ("published in Kazakhstanskaya Pravda", "reported by Interfax"). */
export const OUTLET_BEFORE =
  /(?:(?:published|appeared|printed|carried|ran)\s+(?:in|by)|(?:reported|broadcast|aired|quoted)\s+by|(?:wrote|writing|column|op-ed|editorial|interview)\s+(?:in|for|with))\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/;

/** Before an acronym only: "told RFE/RL", "said in an interview with BBC". */
export const OUTLET_BEFORE_ACRONYM = /(?:told|according to|speaking to|interview with)\s+(?:the\s+)?$/;

/**
 * Last words of organisations and places (Collective Security Treaty Organization, Caspian
 * Sea): a capitalised sequence ending in one is not a person.
 */
export const ORG_HEADS = new Set(
  (
    'organization organisation union council committee commission ministry department agency office service bureau ' +
    'airlines airways society ' +
    'board authority administration directorate inspectorate tribunal institution ' +
    'party movement front alliance bloc coalition group company corporation corp inc ltd enterprise bank fund foundation institute ' +
    'university college school academy center centre hospital court parliament assembly congress senate duma government ' +
    'army navy forces force guard police forum summit meeting conference treaty pact agreement accord initiative program ' +
    'programme project strategy doctrine plan sea ocean river lake mountains mountain valley gulf bay strait canal island ' +
    'islands peninsula corridor region province republic state city district square street avenue bridge airport port ' +
    'station palace house hall tower kremlin express news times post herald tribune journal gazette review monitor ' +
    'daily weekly radio television tv channel network media press club league federation association church ' +
    'mosque cathedral monastery museum library war revolution uprising protests crisis day week year era age'
  ).split(' '),
);

/** Nouns right before a name that make it an organisation ("the grid operator Ukrenergo", "the opposition party Vox", "carmaker Stellantis"). */
export const ORG_NOUNS_BEFORE = new Set(
  'company firm group operator lender bank carrier airline insurer miner producer maker carmaker automaker manufacturer retailer party movement bloc alliance regulator utility giant conglomerate developer exchange club'.split(' '),
);

/**
 * Last words of the organs of a state, named by what they do (Foreign Ministry, Security
 * Council, National Guard): the country before one is the state's, not part of a name. A bank,
 * a company or a canal's authority is named with its country (Swiss National Bank, Kenya Airways).
 */
export const STATE_ORGAN_HEADS = new Set(
  'ministry council committee commission department office service bureau board administration directorate inspectorate agency guard police army navy forces force parliament assembly congress senate duma government court tribunal'.split(' '),
);

/** Last words of the parts of a country ("U.S. District Judge"): a country before one names no organisation. */
export const SUBDIVISION_HEADS = new Set(['district', 'region', 'province', 'state', 'county', 'prefecture', 'oblast']);

/** Organisation heads that are times, which report nothing (Victory Day; Business Day the paper). */
export const TIME_HEADS = new Set(['day', 'week', 'year', 'era', 'age']);

/**
 * Organisation heads that end publications' names too: before "reported" such a name is one (the
 * Australian Financial Review). Times, Journal, Post … are OUTLET_HEADS, read as outlets already.
 */
export const PUBLICATION_HEADS = new Set(['review', 'monitor', 'weekly']);

/** Last words of an organisation's name that make it a place, not an institution (Kharg Island, Litani River, Emirates Stadium). */
export const PLACE_HEADS = new Set(
  'sea ocean river lake mountains mountain valley gulf bay strait canal island islands peninsula corridor region province state city district square street avenue bridge airport port station palace tower stadium park arena'.split(' '),
);

/** Last words that make an organisation an outlet (Xinhua News Agency, The New York Times). */
export const OUTLET_HEADS = new Set(['times', 'post', 'news', 'herald', 'tribune', 'journal', 'gazette', 'express', 'daily', 'radio', 'tv', 'television', 'channel', 'network', 'agency', 'telegraph', 'observer', 'guardian', 'courier', 'press', 'inquirer', 'chronicle', 'examiner', 'dispatch', 'bulletin', 'sentinel', 'advertiser',
  // The words papers are named with in the languages the news quotes them in: Rossiyskaya Gazeta,
  // Börsen-Zeitung, JoongAng Ilbo, Asahi Shimbun; Russian "truth" and "news" (Komsomolskaya Pravda,
  // Ukrainska Pravda, Izvestia): common nouns of those languages, not the names of particular papers.
  'gazeta', 'zeitung', 'gazzetta', 'ilbo', 'sinmun', 'shimbun', 'nippo', 'pravda', 'izvestia']);

/** The words of a numbered road's name (Route 199, Highway 1, Interstate 95). */
export const ROAD_WORDS = ['route', 'highway', 'interstate', 'motorway', 'expressway'];

/** The word a station's name opens with (Radio Višegrad, Radyo Bayanihan): Chinese writes 电台 after the name. */
export const LEADING_OUTLET_WORDS = new Set(['radio', 'radyo', 'rádio', 'radiyo']);

/** Those that end a broadcaster's or an agency's name, not a paper's (the rest of OUTLET_HEADS). */
export const BROADCAST_HEADS = new Set(['news', 'radio', 'tv', 'television', 'channel', 'network', 'agency', 'press']);

/** Words that open sentences and headlines but never names (the capital is the sentence's); dates too. */
export const NOT_NAMES = new Set([
  ...(
    'the a an this that these those there then he she it they we i you his her its their our my your but and or so yet ' +
    'still however meanwhile moreover in on at as if when while after before since although though because for from with ' +
    'without by to under over last next some many most all both such what who why how where which other another one two ' +
    'three four five six seven eight nine ten no not now earlier later also only even just already instead indeed ' +
    'unsurprisingly sure besides despite during until unless whether nor each every any few several much more less ' +
    'first second third old former late according asked speaking writing today yesterday tomorrow ' +
    'is are was were be been has have had do does did will would can could should ' +
    'might must said says told added noted wrote argued mr mrs ms dr here let like let\'s whose whom ' +
    // Units named after people: "40 degrees Celsius" names no one.
    'celsius fahrenheit'
  ).split(' '),
  ...CALENDAR_WORDS,
]);

/**
 * Abbreviations of common nouns that news writes in capitals: liquefied natural gas is LNG in any
 * article and names nothing (no organisation to pair with 天然气公司 left over in the Chinese).
 */
export const COMMON_ACRONYMS = new Set(
  // And units of power and energy after a figure ("the 150 MW Fon-Yaghnob plant").
  'LNG LPG CNG GDP GNP CPI PMI CEO CFO COO CTO IPO VAT GST EV EVs AI UAV UAVs GMO HVDC LED LEDs DNA RNA ICU MRI HIV AIDS MW GW TW MWh GWh TWh kW kWh kV'.split(' '),
);

/**
 * Given names as news in some countries shortens them before the rest of the name: Ma. for María
 * (Philippines: Ma. Teresita Buenaventura-Lim), Md. and Mohd. for Mohammad (Bangladesh, Malaysia:
 * Md. Rafiqul Islam). Chinese writes the whole name (玛丽亚, 穆罕默德), so it is sought by that.
 */
export const GIVEN_NAME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Ma.', 'Maria'],
  ['Md.', 'Mohammad'],
  ['Mohd.', 'Mohammad'],
]);

/**
 * US states as AP style shortens them after a city ("LITTLE ROCK, Ark., June 3 —"), and Canada's
 * provinces as The Canadian Press does ("SEPT-ÎLES, Que. —"): Chinese writes the state's name
 * (阿肯色, 魁北克), so the name is sought by the state's full English name.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    'Ala.:Alabama;Ariz.:Arizona;Ark.:Arkansas;Calif.:California;Colo.:Colorado;Conn.:Connecticut;Del.:Delaware;' +
    'Fla.:Florida;Ga.:Georgia;Ill.:Illinois;Ind.:Indiana;Kan.:Kansas;Ky.:Kentucky;La.:Louisiana;Md.:Maryland;' +
    'Mass.:Massachusetts;Mich.:Michigan;Minn.:Minnesota;Miss.:Mississippi;Mo.:Missouri;Mont.:Montana;Neb.:Nebraska;' +
    'Nev.:Nevada;Okla.:Oklahoma;Ore.:Oregon;Pa.:Pennsylvania;Tenn.:Tennessee;Vt.:Vermont;Va.:Virginia;' +
    'Wash.:Washington;Wis.:Wisconsin;Wyo.:Wyoming;N.H.:New Hampshire;N.J.:New Jersey;N.M.:New Mexico;N.Y.:New York;' +
    'N.C.:North Carolina;N.D.:North Dakota;R.I.:Rhode Island;S.C.:South Carolina;S.D.:South Dakota;W.Va.:West Virginia;' +
    'Tex.:Texas;' +
    // Canada's provinces as The Canadian Press shortens them (SEPT-ÎLES, Que. —).
    'Alta.:Alberta;Man.:Manitoba;Ont.:Ontario;Que.:Quebec;Sask.:Saskatchewan;N.S.:Nova Scotia;N.B.:New Brunswick;' +
    'B.C.:British Columbia;Nfld.:Newfoundland;P.E.I.:Prince Edward Island'
  )
    .split(';')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Particles in lower case before a surname (Gerhard van Rensburg, Ursula von der Leyen, Nelson dos
 * Santos): a surname with them is still one name part.
 */
export const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'ter', 'ten', 'het']);

/** Kin and fellows that open a sentence before the names they gather ("Siblings Brian … and Faith … won"). */
export const KIN_OPENERS = new Set(['siblings', 'brothers', 'sisters', 'twins', 'cousins', 'spouses', 'teammates', 'compatriots', 'residents', 'villagers', 'neighbours', 'neighbors']);

/** Collective nouns whose possessive is part of a name: People's Bank of China, Workers' Party, Women's Super League. */
export const POSSESSIVES_IN_NAMES = new Set(['people', 'workers', 'women', 'children', 'farmers', 'veterans', 'citizens', 'men', 'nations', 'peoples']);

/** Two particles in a row inside a name: Ursula von der Leyen, Rafael van der Vaart, Sergio de la Fuente, Instituto do Mar e da Atmosfera. */
export const DOUBLE_PARTICLES = new Set(['von der', 'van der', 'van den', 'van de', "van 't", 'van ’t', 'de la', 'de las', 'de los', 'de lo', 'von dem', 'van het', 'ten der', 'e da', 'e do', 'e de', 'e della', 'y de', 'y la', 'y el']);

/**
 * Connectors inside names: Abu Bakr al-Baghdadi, Charles de Gaulle, University of Glasgow, Rio
 * Grande do Sul, Dar es Salaam, Rhun ap Iorwerth, Frankfurt am Main, Newcastle upon Tyne.
 */
export const NAME_CONNECTORS = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'e', 'del', 'della', 'di', 'du', 'des', 'en', 'sur', 'van', 'von', 'der', 'den', 'zu', 'am', 'upon', 'bin', 'ibn', 'bint', 'ap', 'es', 'al', 'el', 'la', 'le', 'y', 'i', 'and', 'for', 'on', 'dela', 'delos']);
