import type { RequestHandler } from 'express';

// Labels of the review site. Chinese is the newsroom's working language and the default;
// `?lang=en` switches to English and the links of a page carry the choice on.

export type Lang = 'zh' | 'en';

const zh = {
  'app.name': '信达',
  'app.tagline': '新闻机器翻译审校',
  'nav.documents': '译文列表',
  'nav.switchLang': 'English',
  'nav.signedInAs': '当前用户',
  'nav.logout': '退出登录',
  'role.admin': '管理员',
  'role.reviewer': '审校员',
  'role.viewer': '只读',
  'login.title': '登录',
  'login.name': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.failed': '用户名或密码错误。',
  'login.tooMany': '登录失败次数过多，请在 {minutes} 分钟后再试。',
  'login.expired': '登录表单已过期或无效，请重新输入后提交。',
  'docs.title': '译文列表',
  'docs.count': '共 {count} 篇译文',
  'docs.empty': '没有符合条件的译文。',
  'docs.filter.system': '翻译系统',
  'docs.filter.all': '全部',
  'docs.filter.apply': '筛选',
  'docs.col.title': '原文标题',
  'docs.col.outlet': '媒体',
  'docs.col.published': '发布日期',
  'docs.col.system': '翻译系统',
  'docs.col.paragraphs': '段落',
  'docs.col.annotations': '标注',
  'docs.col.edits': '修改',
  'doc.untitled': '（无标题）',
  'doc.source': '原文',
  'doc.target': '译文',
  'doc.outlet': '媒体',
  'doc.published': '发布日期',
  'doc.system': '翻译系统',
  'doc.url': '原文链接',
  'doc.para': '第 {n} 段',
  'doc.gap': '（此处无对应段落）',
  'doc.wholePara': '整段标注',
  'doc.edit': '审校修改',
  'doc.annotations': '标注',
  'doc.findings': '自动检查结果',
  'doc.paraShort': '段',
  'doc.noFindings': '自动检查没有发现问题。',
  'doc.rule': '规则',
  'doc.message': '说明',
  'doc.suggestion': '建议修改',
  'doc.status': '状态',
  'status.open': '待处理',
  'status.confirmed': '已确认',
  'status.dismissed': '已驳回',
  'doc.noAnnotations': '暂无标注。',
  'doc.stale': '过时标注',
  'doc.staleNote': '这些标注所在的段落已被修改，原段落如下。',
  'doc.staleContext': '原段落',
  'doc.unplaced': '偏移量与段落不符，未在正文中标出',
  'doc.author': '标注者',
  'doc.comment': '说明',
  'doc.category': '类别',
  'doc.severity': '严重程度',
  'doc.side': '位置',
  'doc.text': '标注文本',
  'sev.neutral': '中性',
  'sev.minor': '轻微',
  'sev.major': '严重',
  'sev.critical': '致命',
  'side.source': '原文',
  'side.target': '译文',
  'error.title': '出错了',
  'error.back': '返回译文列表',
  'error.notFound': '找不到这个页面或文档。',
  'error.unauthorized': '请先登录。',
  'error.forbidden': '你的角色无权执行此操作。',
  'error.csrf': '请求无法验证（CSRF 令牌缺失或不符）。请重新加载页面后再试。',
  'error.badRequest': '请求无效。',
  'error.server': '服务器出错，已记录。请稍后再试。',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  'app.name': 'xinda',
  'app.tagline': 'News MT review',
  'nav.documents': 'Translations',
  'nav.switchLang': '中文',
  'nav.signedInAs': 'Signed in as',
  'nav.logout': 'Log out',
  'role.admin': 'admin',
  'role.reviewer': 'reviewer',
  'role.viewer': 'viewer',
  'login.title': 'Log in',
  'login.name': 'User name',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.failed': 'Wrong user name or password.',
  'login.tooMany': 'Too many failed logins. Try again in {minutes} minutes.',
  'login.expired': 'The login form expired or is invalid. Please enter your details again.',
  'docs.title': 'Translations',
  'docs.count': '{count} translations',
  'docs.empty': 'No translations match.',
  'docs.filter.system': 'MT system',
  'docs.filter.all': 'All',
  'docs.filter.apply': 'Filter',
  'docs.col.title': 'Source title',
  'docs.col.outlet': 'Outlet',
  'docs.col.published': 'Published',
  'docs.col.system': 'MT system',
  'docs.col.paragraphs': 'Paragraphs',
  'docs.col.annotations': 'Annotations',
  'docs.col.edits': 'Edits',
  'doc.untitled': '(untitled)',
  'doc.source': 'Source',
  'doc.target': 'Translation',
  'doc.outlet': 'Outlet',
  'doc.published': 'Published',
  'doc.system': 'MT system',
  'doc.url': 'Original',
  'doc.para': 'Paragraph {n}',
  'doc.gap': '(no matching paragraph)',
  'doc.wholePara': 'Whole paragraph',
  'doc.edit': 'Reviewer edit',
  'doc.annotations': 'Annotations',
  'doc.findings': 'Automatic findings',
  'doc.paraShort': 'Para.',
  'doc.noFindings': 'The checks found nothing.',
  'doc.rule': 'Rule',
  'doc.message': 'Message',
  'doc.suggestion': 'Suggested fix',
  'doc.status': 'Status',
  'status.open': 'open',
  'status.confirmed': 'confirmed',
  'status.dismissed': 'dismissed',
  'doc.noAnnotations': 'No annotations.',
  'doc.stale': 'Stale annotations',
  'doc.staleNote': 'The paragraphs these annotations refer to have changed; the old text is shown.',
  'doc.staleContext': 'Paragraph as it was',
  'doc.unplaced': 'offsets do not fit the paragraph; not marked in the text',
  'doc.author': 'Author',
  'doc.comment': 'Comment',
  'doc.category': 'Category',
  'doc.severity': 'Severity',
  'doc.side': 'Side',
  'doc.text': 'Marked text',
  'sev.neutral': 'neutral',
  'sev.minor': 'minor',
  'sev.major': 'major',
  'sev.critical': 'critical',
  'side.source': 'source',
  'side.target': 'translation',
  'error.title': 'Error',
  'error.back': 'Back to the translations',
  'error.notFound': 'There is no such page or document.',
  'error.unauthorized': 'Please log in first.',
  'error.forbidden': 'Your role may not do this.',
  'error.csrf': 'The request could not be verified (missing or wrong CSRF token). Reload the page and try again.',
  'error.badRequest': 'Bad request.',
  'error.server': 'Something went wrong on the server; it has been logged. Please try again later.',
};

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, vars) => dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-Hans';
}

export function langOf(query: unknown): Lang {
  // Express parses `?lang=a&lang=b` into an array; anything but the plain string "en" means Chinese.
  return query === 'en' ? 'en' : 'zh';
}

/** The same local URL with the language parameter set for `lang` (Chinese needs none). */
export function withLang(url: string, lang: Lang): string {
  const u = new URL(url, 'http://x');
  if (lang === 'en') u.searchParams.set('lang', 'en');
  else u.searchParams.delete('lang');
  // A path such as `/.//evil.example` normalises to `//evil.example`, which a browser reads as another host.
  return u.pathname.replace(/^\/+/, '/') + u.search + u.hash;
}

/** Puts the language, a translator and link helpers in res.locals for every template. */
export function i18n(): RequestHandler {
  return (req, res, next) => {
    const lang = langOf(req.query['lang']);
    res.locals.lang = lang;
    res.locals.htmlLang = htmlLang(lang);
    res.locals.t = translator(lang);
    res.locals.link = (path: string) => withLang(path, lang);
    res.locals.switchLangHref = withLang(req.originalUrl, lang === 'en' ? 'zh' : 'en');
    next();
  };
}
