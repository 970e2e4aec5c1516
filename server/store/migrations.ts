// Versioned schema. Each entry moves the database from user_version i to i+1; never edit
// a migration that has shipped, add a new one.

/**
 * The search-index triggers of one paragraph table (migration 4): source and target
 * paragraphs are indexed alike, so one template keeps the two sets from drifting apart.
 * Its text must stay what migration 4 shipped with.
 */
function paragraphSearchTriggers(kind: 'source' | 'target', table: string, owner: string): string {
  const drop = `    DELETE FROM search_text WHERE rowid = (SELECT id FROM search_rows WHERE kind = '${kind}' AND owner = OLD.${owner} AND idx = OLD.idx);
    DELETE FROM search_rows WHERE kind = '${kind}' AND owner = OLD.${owner} AND idx = OLD.idx;
`;
  const add = `    INSERT INTO search_rows (kind, owner, idx) VALUES ('${kind}', NEW.${owner}, NEW.idx);
    INSERT INTO search_text (rowid, text) VALUES (last_insert_rowid(), NEW.text);
`;
  return `  CREATE TRIGGER search_${kind}_ins AFTER INSERT ON ${table} BEGIN
${add}  END;
  CREATE TRIGGER search_${kind}_del AFTER DELETE ON ${table} BEGIN
${drop}  END;
  CREATE TRIGGER search_${kind}_upd AFTER UPDATE ON ${table} BEGIN
${drop}${add}  END;
`;
}

export const MIGRATIONS: readonly string[] = [
  /* 1: the foundation store */ `
  CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    title         TEXT,
    outlet        TEXT,
    url           TEXT,
    published     TEXT,
    lang          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    origin        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
  );
  CREATE INDEX sources_hash ON sources(content_hash);

  CREATE TABLE source_paragraphs (
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (source_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE translations (
    id            INTEGER PRIMARY KEY,
    source_id     INTEGER NOT NULL REFERENCES sources(id),
    system        TEXT NOT NULL,
    lang          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    origin        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    reviewed_by   INTEGER REFERENCES users(id),
    reviewed_at   TEXT,
    UNIQUE (source_id, system)
  );

  CREATE TABLE translation_paragraphs (
    translation_id  INTEGER NOT NULL REFERENCES translations(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (translation_id, idx)
  ) WITHOUT ROWID;

  CREATE TABLE alignment_links (
    id              INTEGER PRIMARY KEY,
    translation_id  INTEGER NOT NULL REFERENCES translations(id) ON DELETE CASCADE,
    level           TEXT NOT NULL CHECK (level IN ('paragraph', 'sentence')),
    src             TEXT NOT NULL,  -- JSON array of source unit indices
    tgt             TEXT NOT NULL,  -- JSON array of target unit indices
    score           REAL,
    version         INTEGER NOT NULL
  );
  CREATE INDEX alignment_links_tr ON alignment_links(translation_id);

  CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    translation_id  INTEGER NOT NULL REFERENCES translations(id),
    rule_id         TEXT NOT NULL,
    category        TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('neutral', 'minor', 'major', 'critical')),
    confidence      REAL NOT NULL,
    message         TEXT NOT NULL,
    para            INTEGER NOT NULL,
    start           INTEGER,
    end             INTEGER,
    text            TEXT NOT NULL DEFAULT '',
    src_para        INTEGER,
    src_start       INTEGER,
    src_end         INTEGER,
    suggestion      TEXT,
    count           INTEGER NOT NULL DEFAULT 1,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
    reason          TEXT,
    stale           INTEGER NOT NULL DEFAULT 0,
    signature       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
  );
  CREATE INDEX findings_tr ON findings(translation_id);

  CREATE TABLE annotations (
    id              INTEGER PRIMARY KEY,
    translation_id  INTEGER NOT NULL REFERENCES translations(id),
    side            TEXT NOT NULL CHECK (side IN ('source', 'target')),
    para            INTEGER NOT NULL,
    start           INTEGER,
    end             INTEGER,
    text            TEXT NOT NULL,
    category        TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('neutral', 'minor', 'major', 'critical')),
    comment         TEXT,
    author          TEXT NOT NULL,
    user_id         INTEGER REFERENCES users(id),
    origin          TEXT NOT NULL CHECK (origin IN ('import', 'review')),
    import_key      TEXT UNIQUE,
    stale           INTEGER NOT NULL DEFAULT 0,
    stale_context   TEXT,  -- the paragraph text the span referred to, once it has changed
    created_at      TEXT NOT NULL
  );
  CREATE INDEX annotations_tr ON annotations(translation_id);

  CREATE TABLE segment_edits (
    id              INTEGER PRIMARY KEY,
    translation_id  INTEGER NOT NULL REFERENCES translations(id),
    para            INTEGER NOT NULL,
    base_text       TEXT NOT NULL,  -- the MT text the edit was made against
    text            TEXT NOT NULL,
    version         INTEGER NOT NULL,  -- 1, 2, ... per (translation, para): optimistic locking
    author          TEXT NOT NULL,
    user_id         INTEGER REFERENCES users(id),
    stale           INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    UNIQUE (translation_id, para, version)
  );

  CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'viewer')),
    pw_hash     TEXT NOT NULL,
    created_at  TEXT NOT NULL
  );

  CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
  );

  CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    before     TEXT,
    after      TEXT
  );

  CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    paths         TEXT NOT NULL,
    sources_new   INTEGER NOT NULL,
    translations_new      INTEGER NOT NULL,
    translations_changed  INTEGER NOT NULL,
    annotations_new       INTEGER NOT NULL
  );
  `,
  /* 2: findings remember the source text they point at (dismissals of omissions need it) */ `
  ALTER TABLE findings ADD COLUMN src_text TEXT;
  `,
  /* 3: lint results per document, so unchanged documents are not checked again */ `
  CREATE TABLE lint_cache (
    doc_key     TEXT PRIMARY KEY,  -- source key + "/" + system
    input_hash  TEXT NOT NULL,     -- sha256 of the texts, links, reference data and the document's dismissals
    signature   TEXT NOT NULL,     -- xinda:VERSION|config:HASH|rules:IDS of the run that checked it
    result      TEXT NOT NULL,     -- JSON: paragraph links and findings
    checked_at  TEXT NOT NULL
  );
  `,
  /* 4: review work: who decided a finding, double-submit keys for annotations, full-text search */ `
  ALTER TABLE findings ADD COLUMN decided_by INTEGER REFERENCES users(id);
  ALTER TABLE findings ADD COLUMN decided_at TEXT;
  ALTER TABLE annotations ADD COLUMN request_key TEXT;
  CREATE UNIQUE INDEX annotations_request ON annotations(request_key) WHERE request_key IS NOT NULL;
  CREATE INDEX segment_edits_tr ON segment_edits(translation_id, para);

  -- Search over titles and paragraphs of both sides. One FTS row per paragraph (or title),
  -- so a re-import touching one paragraph reindexes that paragraph only; search_rows maps
  -- each FTS rowid to what it indexes. Trigram tokens, because Chinese has no spaces: any
  -- substring of three or more characters matches (shorter queries scan, see store/search.ts).
  -- Triggers keep the index in step with every writer of the paragraph tables.
  CREATE TABLE search_rows (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind IN ('title', 'source', 'target')),
    owner  INTEGER NOT NULL,  -- sources.id for title and source rows, translations.id for target rows
    idx    INTEGER NOT NULL,
    UNIQUE (kind, owner, idx)
  );
  CREATE VIRTUAL TABLE search_text USING fts5(text, tokenize = 'trigram');

${paragraphSearchTriggers('source', 'source_paragraphs', 'source_id')}
${paragraphSearchTriggers('target', 'translation_paragraphs', 'translation_id')}
  CREATE TRIGGER search_title_ins AFTER INSERT ON sources WHEN NEW.title IS NOT NULL BEGIN
    INSERT INTO search_rows (kind, owner, idx) VALUES ('title', NEW.id, 0);
    INSERT INTO search_text (rowid, text) VALUES (last_insert_rowid(), NEW.title);
  END;
  CREATE TRIGGER search_title_upd AFTER UPDATE OF title ON sources WHEN OLD.title IS NOT NEW.title BEGIN
    DELETE FROM search_text WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'title' AND owner = OLD.id);
    DELETE FROM search_rows WHERE kind = 'title' AND owner = OLD.id;
    INSERT INTO search_rows (kind, owner, idx) SELECT 'title', NEW.id, 0 WHERE NEW.title IS NOT NULL;
    INSERT INTO search_text (rowid, text) SELECT last_insert_rowid(), NEW.title WHERE NEW.title IS NOT NULL;
  END;
  CREATE TRIGGER search_title_del AFTER DELETE ON sources BEGIN
    DELETE FROM search_text WHERE rowid = (SELECT id FROM search_rows WHERE kind = 'title' AND owner = OLD.id);
    DELETE FROM search_rows WHERE kind = 'title' AND owner = OLD.id;
  END;

  -- What was stored before this version.
  INSERT INTO search_rows (kind, owner, idx) SELECT 'title', id, 0 FROM sources WHERE title IS NOT NULL;
  INSERT INTO search_rows (kind, owner, idx) SELECT 'source', source_id, idx FROM source_paragraphs;
  INSERT INTO search_rows (kind, owner, idx) SELECT 'target', translation_id, idx FROM translation_paragraphs;
  INSERT INTO search_text (rowid, text)
    SELECT r.id, s.title FROM search_rows r JOIN sources s ON r.kind = 'title' AND s.id = r.owner
    UNION ALL SELECT r.id, p.text FROM search_rows r JOIN source_paragraphs p ON r.kind = 'source' AND p.source_id = r.owner AND p.idx = r.idx
    UNION ALL SELECT r.id, p.text FROM search_rows r JOIN translation_paragraphs p ON r.kind = 'target' AND p.translation_id = r.owner AND p.idx = r.idx;
  `,
];
