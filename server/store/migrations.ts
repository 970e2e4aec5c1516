// Versioned schema. Each entry moves the database from user_version i to i+1; never edit
// a migration that has shipped, add a new one.

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
];
