// Category words that follow a name proper in Chinese (巴克莱银行, 卡诺州, 海防市, 法纳广播公司,
// 安菲尔德球场, 坎塔斯航空), each with the English words that say the same. A rendering takes
// its category word only when the English name has that word too (Kano State → 卡诺州, Fana
// Broadcasting → 法纳广播公司): added by the translator (Barclays → 巴克莱银行, Haiphong → 海防市),
// the word is the translation's description of the thing, not part of its name, and 海防 and
// 海防市 are one rendering. Language words, not names: no entity is listed here.

export interface GenericHead {
  /** The Chinese category word. */
  zh: string;
  /** English words (lower case) that name the same category. */
  en: readonly string[];
  /** Translators add it to a bare name (Barclays → 巴克莱银行, Haiphong → 海防市). */
  added?: true;
  /** English may put the word first (River Severn, Mount Nyiragongo, Port Sudan); Chinese still puts it after (塞文河). */
  leads?: true;
  /** A company's legal form, which translators as often leave out (EBN BV → EBN, Enea SA → 埃内亚). */
  legal?: true;
  /** Characters after which the head is the end of a word, not a head (民族 "nation", 家族 "clan"). */
  notAfter?: string;
}

// Legal forms as lowerWords reads them (S.A. de C.V. is "s a de c v"): limited companies (a
// Spanish S.L., an Estonian OÜ, a Czech s.r.o., a Danish ApS, an Irish Teoranta), and joint-stock
// ones (a German AG, a Russian JSC, a Nordic Oy or AS, a Dutch NV, an Omani SAOG, a Bulgarian AD,
// a Lebanese SAL, a Hungarian Zrt., a Peruvian S.A.C.).
const LIMITED = ['ltd', 'limited', 'llc', 'llp', 'ltda', 'gmbh', 'bhd', 'berhad', 'pty', 'pty ltd', 'pvt ltd', 'private limited', 'pte', 'pte ltd', 'co ltd', 'corp ltd', 'sdn bhd', 'bv', 'b v', 'srl', 's r l', 'sarl', 'sl', 's l', 'kft', 'doo', 'd o o', 'ooo', 'oü', 'sro', 's r o', 'aps', 'teoranta'];
const JOINT_STOCK = ['ag', 'sa', 's a', 's a de c v', 'sas', 's a s', 'sac', 's a c', 'saa', 's a a', 'plc', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'pao', 'spa', 's p a', 'asa', 'as', 'a s', 'ab', 'nv', 'n v', 'oy', 'oyj', 'saog', 'tbk', 'a ş', 't a ş', 'kk', 'k k', 'ad', 'sal', 's a l', 'zrt', 'nyrt'];
/** A name's last words that are its legal form alone, which a rendering may drop. */
const LEGAL_FORMS: ReadonlySet<string> = new Set([...LIMITED, ...JOINT_STOCK, 'co', 'corp', 'inc']);
const legalForm = (said: string) => LEGAL_FORMS.has(said);

// Longest Chinese first, so that 航空公司 is taken before 公司 and 大区 before 区.
export const GENERIC_HEADS: readonly GenericHead[] = (
  <GenericHead[]>[
    { zh: '航空公司', en: ['airlines', 'airways', 'air'] },
    { zh: '广播公司', en: ['broadcasting', 'broadcaster', 'broadcast'] },
    { zh: '石油公司', en: ['oil', 'petroleum'] },
    { zh: '超市', added: true, en: ['supermarket', 'supermarkets'] },
    { zh: '公司', added: true, en: ['company', 'corporation', 'corp', 'inc', 'co', ...LIMITED, ...JOINT_STOCK] },
    { zh: '银行', added: true, en: ['bank'] },
    // Also as the name's own language writes it (Ignitis Grupė, Grupo Bimbo, Kalyon Enerji).
    { zh: '集团', added: true, en: ['group', 'grupė', 'gruppe', 'groep'] },
    // Romance and Polish put it first (Grupo Maseca, Groupe Chimique Tunisien, Grupa Azoty).
    { zh: '集团', added: true, leads: true, en: ['grupo', 'grupa', 'groupe', 'gruppo'] },
    { zh: '汽车', en: ['auto', 'motors', 'motor', 'automotive'] },
    { zh: '电子', en: ['electronics'] },
    { zh: '能源', en: ['energy', 'energies', 'enerji', 'energia', 'energía', 'energie', 'énergie', 'energija'] },
    { zh: '可再生能源', en: ['renewables', 'renewable energy', 'renovables', 'renováveis', 'renouvelables', 'rinnovabili'] },
    { zh: '大学', leads: true, en: ['university'] },
    { zh: '体育场', added: true, en: ['stadium'] },
    { zh: '球场', added: true, en: ['stadium', 'arena'] },
    { zh: '球馆', added: true, en: ['arena', 'fieldhouse'] },
    { zh: '竞技场', en: ['arena'] },
    { zh: '机场', added: true, en: ['airport'] },
    { zh: '航空', added: true, en: ['airways', 'airlines', 'air', 'aviation'] },
    { zh: '大区', added: true, en: ['region'] },
    { zh: '地区', added: true, en: ['region', 'district', 'area'] },
    // Spain's autonomous communities and China's regions alike (安达卢西亚自治区 for Andalusia).
    { zh: '自治区', added: true, en: ['autonomous region', 'autonomous community'] },
    { zh: '邦', added: true, en: ['state'] },
    { zh: '州', added: true, en: ['state', 'oblast', 'region', 'province', 'prefecture'] },
    { zh: '省', added: true, en: ['province'] },
    { zh: '市', added: true, en: ['city', 'municipality'] },
    { zh: '城', en: ['city'] },
    { zh: '道', added: true, en: ['province'] },
    { zh: '府', added: true, en: ['prefecture'] },
    { zh: '町', added: true, en: ['town'] },
    { zh: '岛', added: true, en: ['island'] },
    // Words that end in a shorter head and are not it (频道 is "channel", not 道 added).
    { zh: '群岛', added: true, en: ['islands', 'archipelago'] },
    { zh: '列岛', added: true, en: ['islands'] },
    { zh: '频道', en: ['channel'] },
    // Places and buildings named by a name and a common noun (River Severn → 塞文河, Velana
    // International Airport → 维拉纳国际机场).
    { zh: '河', added: true, leads: true, en: ['river'] },
    // A river of Japan's is a 川 (砂铁川), of Taiwan's often a 溪 (浊水溪). Not a creek's 溪: a
    // creek that names a town is written by its sound (滕南特克里克 for Tennant Creek).
    { zh: '川', leads: true, en: ['river'] },
    { zh: '溪', leads: true, en: ['river'] },
    { zh: '湖', added: true, leads: true, en: ['lake'] },
    { zh: '火山', added: true, en: ['volcano', 'mount'] },
    // A range is 山 as often as 山脉 (鲁文佐里山 for the Rwenzori Mountains, 塔特拉山).
    { zh: '山', leads: true, en: ['mount', 'mountain', 'mont', 'monte', 'mountains'] },
    // A Japanese mountain is often a 岳 (常念岳 for Mount Jōnen).
    { zh: '岳', leads: true, en: ['mount', 'mountain'] },
    { zh: '山脉', en: ['mountains', 'range'] },
    { zh: '港', added: true, leads: true, en: ['port', 'harbour', 'harbor', 'puerto', 'porto'] },
    // The port's authority or company: 格丁尼亚港务局 for the Port of Gdynia.
    { zh: '港务局', leads: true, en: ['port', 'port authority'] },
    { zh: '港务', leads: true, en: ['port'] },
    // Korea's public corporations are 公社 (釜山港湾公社 for the Busan Port Authority, 韩国机场公社).
    { zh: '港湾公社', en: ['port authority', 'port corporation'] },
    { zh: '观光公社', en: ['tourism organization', 'tourism organisation', 'tourism corporation'] },
    { zh: '湾', leads: true, en: ['bay', 'gulf'] },
    { zh: '角', leads: true, en: ['cape', 'point'] },
    { zh: '半岛', added: true, en: ['peninsula'] },
    { zh: '海峡', en: ['strait'] },
    { zh: '沙漠', en: ['desert'] },
    { zh: '公园', en: ['park'] },
    { zh: '广场', added: true, en: ['square', 'plaza'] },
    { zh: '大桥', en: ['bridge'] },
    { zh: '大坝', added: true, en: ['dam'] },
    { zh: '水库', added: true, en: ['reservoir'] },
    // Sites named after a place (卡拉汉泰佩遗址, 彼得罗瓦拉丁要塞).
    { zh: '遗址', added: true, en: ['site', 'ruins'] },
    { zh: '山谷', added: true, en: ['valley'] },
    { zh: '谷地', added: true, en: ['valley'] },
    { zh: '市政', en: ['municipality'] },
    { zh: '要塞', added: true, en: ['fortress', 'fort'] },
    // Towns named after a fort: 麦克默里堡 for Fort McMurray, 沃斯堡 for Fort Worth.
    { zh: '堡', leads: true, en: ['fort'] },
    { zh: '水坝', added: true, en: ['dam'] },
    { zh: '山口', added: true, en: ['pass'] },
    { zh: '度假村', added: true, en: ['resort'] },
    { zh: '度假区', added: true, en: ['resort'] },
    // What a utility or a works supplies: 阿巴诺阿水务公司 for Abbanoa, 利伯蒂俄斯特拉发钢铁 for Liberty Ostrava.
    { zh: '水务', added: true, en: ['water'] },
    { zh: '钢铁', added: true, en: ['steel', 'steelworks'] },
    { zh: '糖厂', added: true, en: ['sugar factory', 'sugar mill', 'sugar plant'] },
    { zh: '法院', en: ['court'] },
    // Sites and works named after a place (Tengiz → 腾吉兹油田, Koysha → 科伊沙水电站).
    { zh: '油田', added: true, en: ['field', 'oilfield', 'oil field'] },
    { zh: '气田', added: true, en: ['field', 'gas field', 'gasfield'] },
    { zh: '金矿', added: true, en: ['mine', 'gold mine'] },
    { zh: '铜矿', added: true, en: ['mine', 'copper mine'] },
    { zh: '煤矿', added: true, en: ['mine', 'coal mine'] },
    { zh: '矿', added: true, en: ['mine'] },
    { zh: '煤田', added: true, en: ['coalfield', 'coal field', 'field'] },
    { zh: '矿床', added: true, en: ['deposit', 'ore deposit'] },
    // A fuel terminal or depot (穆图拉贾韦拉油库 for the Muthurajawela terminal).
    { zh: '油库', added: true, en: ['terminal', 'depot', 'oil depot', 'fuel depot', 'tank farm'] },
    { zh: '矿业', added: true, en: ['mines', 'mining', 'minerals'] },
    { zh: '炼油厂', added: true, en: ['refinery'] },
    { zh: '冶炼厂', added: true, en: ['smelter'] },
    { zh: '铝厂', added: true, en: ['smelter', 'aluminium smelter', 'aluminum smelter', 'plant'] },
    { zh: '钢厂', added: true, en: ['mill', 'steel mill', 'steelworks', 'works', 'plant'] },
    { zh: '工厂', added: true, en: ['plant', 'works', 'factory'] },
    { zh: '船厂', added: true, en: ['shipyard', 'shipyards', 'yard'] },
    { zh: '厂', added: true, en: ['plant', 'mill', 'works', 'factory', 'smelter'] },
    { zh: '编组站', added: true, en: ['yard', 'rail yard', 'marshalling yard'] },
    { zh: '造船厂', added: true, en: ['shipyard', 'shipyards'] },
    { zh: '口岸', added: true, en: ['border crossing', 'crossing', 'checkpoint'] },
    // A plant by its fuel (奥斯洛梅伊太阳能电站 for the Oslomej solar plant, 比托拉燃煤电厂).
    { zh: '太阳能电站', added: true, en: ['solar plant', 'solar power plant', 'solar park', 'solar farm', 'plant'] },
    { zh: '光伏电站', added: true, en: ['solar plant', 'photovoltaic plant', 'solar park', 'solar farm', 'plant'] },
    { zh: '燃煤电厂', added: true, en: ['coal plant', 'coal-fired plant', 'coal-fired power plant', 'coal power plant', 'plant'] },
    { zh: '燃气电厂', added: true, en: ['gas plant', 'gas-fired plant', 'gas-fired power plant', 'gas power plant', 'plant'] },
    { zh: '水电站', added: true, en: ['dam', 'hydropower plant', 'hydroelectric plant', 'plant'] },
    { zh: '核电站', added: true, en: ['nuclear plant', 'nuclear power plant', 'plant'] },
    { zh: '电站', added: true, en: ['power plant', 'power station', 'plant'] },
    { zh: '风电场', added: true, en: ['wind farm', 'wind power', 'wind park', 'farm'] },
    { zh: '发电厂', added: true, en: ['power plant', 'power station', 'thermal plant', 'plant'] },
    { zh: '电厂', added: true, en: ['power plant', 'power station', 'plant'] },
    { zh: '热电厂', added: true, en: ['thermal power plant', 'thermal plant', 'power plant', 'plant', 'heat and power plant'] },
    { zh: '站', added: true, en: ['station'] },
    { zh: '泉', added: true, en: ['spring', 'springs'] },
    { zh: '码头', added: true, en: ['terminal', 'wharf', 'pier', 'quay', 'dock', 'docks'] },
    { zh: '共和国', added: true, en: ['republic'] },
    // A party named by a word (蒂萨党 for Tisza, the Tisza party).
    { zh: '党', added: true, en: ['party'] },
    // An armed movement named after its founder or people (胡塞武装 for the Houthis).
    { zh: '武装', added: true, en: ['militia', 'rebels', 'fighters', 'forces', 'movement'] },
    // A people named by its name (舒阿尔族 for the Shuar, 布朗族 for the Blang).
    { zh: '族', added: true, en: ['people', 'peoples'], notAfter: '民家种贵部' },
    { zh: '控股', added: true, en: ['holding', 'holdings'] },
    // Legal forms: 股份公司 for a German AG or a Russian JSC, 有限公司 for Ltd, both written after
    // names the English gives without one (安徽海螺水泥股份有限公司 for Anhui Conch Cement).
    { zh: '股份有限公司', added: true, legal: true, en: [...JOINT_STOCK, 'co', ...LIMITED] },
    { zh: '股份公司', added: true, legal: true, en: JOINT_STOCK },
    { zh: '有限责任公司', added: true, legal: true, en: LIMITED },
    { zh: '有限公司', added: true, legal: true, en: [...LIMITED, 'co', 'sdn'] },
    // A limited liability partnership (a Kazakh or British LLP).
    { zh: '有限责任合伙企业', added: true, legal: true, en: ['llp'] },
    // A Japanese or Korean company, Chinese writing its own word for it (北陆燃气株式会社).
    { zh: '株式会社', added: true, legal: true, en: ['co', 'co ltd', 'kk', 'corp', 'ltd'] },
    { zh: '地铁', en: ['metro', 'subway', 'underground'] },
    { zh: '盆地', en: ['basin'] },
    { zh: '市政当局', added: true, en: ['municipality'] },
    { zh: '工业园区', en: ['industrial park', 'industrial estate', 'industrial zone'] },
    { zh: '工业园', en: ['industrial park', 'industrial estate'] },
    { zh: '半程马拉松赛', en: ['half marathon'] },
    { zh: '半程马拉松', en: ['half marathon'] },
    { zh: '马拉松赛', en: ['marathon'] },
    { zh: '马拉松', en: ['marathon'] },
    { zh: '客车', added: true, en: ['bus', 'buses', 'coach'] },
    { zh: '国际机场', en: ['international airport'] },
    { zh: '体育馆', en: ['arena', 'fieldhouse', 'stadium'] },
    { zh: '剧院', en: ['theatre', 'theater', 'opera house'] },
    { zh: '博物馆', leads: true, en: ['museum'] },
    { zh: '医院', en: ['hospital'] },
    { zh: '俱乐部', en: ['club'] },
    { zh: '体育俱乐部', en: ['sc'] },
    { zh: '足球俱乐部', en: ['fc'] },
    { zh: '队', added: true, en: ['fc', 'sc', 'team'] },
    { zh: '县', added: true, en: ['county', 'prefecture', 'district'] },
    { zh: '郡', added: true, en: ['county', 'shire'] },
    { zh: '区', added: true, en: ['district', 'borough'] },
  ]
).sort((a, b) => b.zh.length - a.zh.length);

let byEnglish: Map<string, GenericHead[]> | undefined;

/** The heads an English word or phrase (lower case, as lowerWords reads it) names, longest Chinese first. */
export function headsFor(said: string): readonly GenericHead[] {
  if (!byEnglish) {
    byEnglish = new Map();
    for (const h of GENERIC_HEADS) {
      for (const w of new Set(h.en)) {
        const list = byEnglish.get(w);
        if (list) list.push(h);
        else byEnglish.set(w, [h]);
      }
    }
  }
  return byEnglish.get(said) ?? [];
}

const WORD = /[\p{L}\p{N}]+/gu;
const lowerWords = (english: string): string[] => english.toLowerCase().match(WORD) ?? [];

/** Whether a word is a company's legal form alone (Ltd, GmbH, S.A., OÜ). */
export function isLegalForm(word: string): boolean {
  return legalForm(lowerWords(word).join(' '));
}

/** How Chinese writes a company's legal form (Ltd, Co. Ltd., S.A. de C.V.), longest first; none for other words. */
export function legalHeads(words: string): string[] {
  const said = lowerWords(words).join(' ');
  if (!legalForm(said)) return [];
  return headsFor(said)
    .filter((h) => h.legal || h.zh === '公司')
    .map((h) => h.zh);
}

/** Whether the English name says the category a head names (Kano State for 州). */
export function englishHasHead(english: string, head: GenericHead): boolean {
  const words = lowerWords(english);
  const text = words.join(' ');
  return head.en.some((w) => (w.includes(' ') ? ` ${text} `.includes(` ${w} `) : words.includes(w)));
}

/**
 * The English name without its category words (Kano State → Kano, Fana Broadcasting → Fana,
 * Velana International Airport → Velana; first, for the few English puts there: River Severn
 * → Severn, Mount Nyiragongo → Nyiragongo), and the Chinese heads they allow; undefined when
 * the name has none or is nothing but one.
 */
export function splitHead(english: string): { name: string; heads: GenericHead[]; legal?: true } | undefined {
  const words = english.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  // What is left must be a name, not an article (Le Point, La Plata).
  const named = (rest: readonly string[]) => rest.some((w) => w.length > 2);
  // The longest run of words at the end that names a category (International Airport before Airport).
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n);
    // Words, or initials with their dots (S.A., C.V.).
    if (!tail.every((w) => /^(?:\p{L}+\.?)+$/u.test(w))) continue;
    const said = lowerWords(tail.join(' ')).join(' ');
    const heads = headsFor(said);
    if (heads.length > 0) return named(words.slice(0, -n)) ? { name: words.slice(0, -n).join(' '), heads: [...heads], ...(legalForm(said) && { legal: true as const }) } : undefined;
  }
  const first = words[0]!.toLowerCase();
  // Only a word one of whose heads English puts first (River, Mount, Port), with all its heads.
  const firstHeads = headsFor(first);
  const heads = firstHeads.some((g) => g.leads) ? [...firstHeads] : [];
  // Port of Sohar → 苏哈尔港: the name after "of".
  const rest = words[1]?.toLowerCase() === 'of' ? words.slice(2) : words.slice(1);
  return heads.length > 0 && named(rest) ? { name: rest.join(' '), heads } : undefined;
}

// 市长 "mayor", 州长 "governor", 省委, 市场 "market", 城市 "city", 道路 "road", 岛国 "island
// nation", 山区, 山脉, 港口, 角色 "role", 角度: a one-character head that starts a word.
const WORD_AFTER_HEAD = new Set([...'长委政场民级属立内府议市路屿国区脉口色度落员派']);

// But a river's mouth is the river's and its 口 (维约萨河口 "the mouth of the Vjosa River").
const PART_AFTER_HEAD: Readonly<Record<string, string>> = { 河: '口' };

/** The head that starts the text at `at`, among those given (longest first). */
export function headAt(text: string, at: number, heads: readonly GenericHead[]): GenericHead | undefined {
  const next = text[at + 1] ?? '';
  return heads.find((h) => text.startsWith(h.zh, at) && !(h.zh.length === 1 && WORD_AFTER_HEAD.has(next) && PART_AFTER_HEAD[h.zh] !== next));
}

/**
 * A Chinese rendering without the category word the English does not have (巴克莱银行 for
 * Barclays → 巴克莱), so that renderings are compared by the name: what the evaluation compares.
 */
export function withoutAddedHead(english: string, chinese: string): string {
  // The longest head it ends with decides: 航空公司 is a translation of Airlines, not 公司 added.
  const h = GENERIC_HEADS.find((g) => chinese.endsWith(g.zh));
  if (!h?.added || [...chinese].length - [...h.zh].length < 2 || englishHasHead(english, h)) return chinese;
  if (h.notAfter?.includes(chinese[chinese.length - h.zh.length - 1] ?? '')) return chinese;
  // 吉利控股集团 for Geely: heads added one after another.
  return withoutAddedHead(english, chinese.slice(0, -h.zh.length));
}
