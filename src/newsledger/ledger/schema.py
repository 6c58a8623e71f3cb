"""The ledger's SQLite schema, as numbered migrations (sqlite-utils/llm habit).

One file a user can open anywhere: plain tables with foreign keys, indexes for the
queries the CLI and web view make, FTS5 over article text and attribution content.
Every row that says something carries its evidence offsets into `articles.text`.
"""

from __future__ import annotations

import sqlite3

from newsledger.errors import Code, NewsledgerError

# PRAGMA application_id of a newsledger ledger ("NwLd"), so another program's SQLite file
# is told apart from ours. Ledgers made before it was stamped carry 0: see `store.check_schema`.
APPLICATION_ID = 0x4E774C64

MIGRATIONS: list[str] = [
    # 1: the normalised ledger
    f"PRAGMA application_id = {APPLICATION_ID};\n"
    """
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,             -- sha256 of text: the article's key
        source TEXT,                         -- file path, JSONL line or URL it came from
        external_id TEXT,                    -- the id the source gave it
        outlet TEXT,
        headline TEXT,
        published TEXT,                      -- YYYY-MM-DD: anchors relative times
        dateline TEXT,
        authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
        text TEXT NOT NULL,
        regions TEXT NOT NULL DEFAULT '[]',  -- JSON: headline, byline, furniture spans
        sourcing TEXT NOT NULL DEFAULT '{}', -- JSON sourcing profile
        n_attributions INTEGER NOT NULL DEFAULT 0,
        anonymous_share REAL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,              -- "e1" in the article record
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
    CREATE INDEX entities_type ON entities(type);

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_article ON mentions(article_id, start);

    CREATE TABLE attributions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        source_text TEXT, source_start INTEGER, source_end INTEGER,
        source_kind TEXT NOT NULL DEFAULT 'unknown',
        source_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        cue_text TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
        cue_lemma TEXT,
        direct INTEGER NOT NULL,
        content TEXT NOT NULL,               -- the content spans' text, joined by " … "
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX attributions_article ON attributions(article_id);
    CREATE INDEX attributions_source_entity ON attributions(source_entity_id);
    CREATE INDEX attributions_kind ON attributions(source_kind);

    CREATE TABLE attribution_contents (
        id INTEGER PRIMARY KEY,
        attribution_id INTEGER NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
    );
    CREATE INDEX attribution_contents_attribution ON attribution_contents(attribution_id);

    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT,
        begin TEXT, end_date TEXT             -- calendar interval, ISO dates
    );
    CREATE INDEX timexes_article ON timexes(article_id, start);
    CREATE INDEX timexes_begin ON timexes(begin);

    CREATE TABLE quantities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value REAL, high REAL, unit TEXT, unit_text TEXT, currency TEXT,
        si_value REAL, si_unit TEXT, bound TEXT, counted TEXT
    );
    CREATE INDEX quantities_article ON quantities(article_id);
    CREATE INDEX quantities_counted ON quantities(counted);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
        type TEXT NOT NULL, status TEXT NOT NULL,
        actor_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        target_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        place_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
        time TEXT,
        attribution_id INTEGER REFERENCES attributions(id) ON DELETE SET NULL,
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX events_actor ON events(actor_entity_id);
    CREATE INDEX events_target ON events(target_entity_id);
    CREATE INDEX events_time ON events(time);

    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (source, code)
    );

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, text, content='articles', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, headline, text) VALUES (new.rowid, new.headline, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, headline, text)
        VALUES ('delete', old.rowid, old.headline, old.text);
    END;

    CREATE VIRTUAL TABLE attributions_fts USING fts5(
        source_text, content, content='attributions', content_rowid='id', tokenize='porter unicode61'
    );
    CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
        INSERT INTO attributions_fts(rowid, source_text, content)
        VALUES (new.id, new.source_text, new.content);
    END;
    CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
        INSERT INTO attributions_fts(attributions_fts, rowid, source_text, content)
        VALUES ('delete', old.id, old.source_text, old.content);
    END;
    """,
    # 2: cross-article analysis (newsledger.analysis): canonical entities and how each link
    # was made, claim embeddings, claim clusters and their members, numeric disagreements
    """
    CREATE TABLE canonical_entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,                  -- the fullest name seen
        type TEXT NOT NULL,
        kb_id TEXT,                          -- knowledge-base id (ISO 3166 code) when linked
        n_articles INTEGER NOT NULL DEFAULT 0,
        first_published TEXT
    );
    CREATE INDEX canonical_entities_name ON canonical_entities(name COLLATE NOCASE);
    CREATE INDEX canonical_entities_kb ON canonical_entities(kb_id);

    CREATE TABLE canonical_names (         -- lookup keys: normalised full names, surnames, acronyms
        key TEXT NOT NULL,
        canonical_id INTEGER NOT NULL REFERENCES canonical_entities(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        PRIMARY KEY (key, canonical_id)
    );

    CREATE TABLE entity_links (            -- one per article entity: which canonical entity, and how
        entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
        canonical_id INTEGER NOT NULL REFERENCES canonical_entities(id) ON DELETE CASCADE,
        method TEXT NOT NULL,                -- kb | exact | title | surname | initial | acronym | new
        score REAL NOT NULL,
        evidence TEXT                        -- the key or KB entry that made the link
    );
    CREATE INDEX entity_links_canonical ON entity_links(canonical_id);

    CREATE TABLE claim_embeddings (
        attribution_id INTEGER PRIMARY KEY REFERENCES attributions(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL                 -- float32, L2-normalised
    );

    CREATE TABLE claim_clusters (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,                 -- the content of the first report
        first_attribution_id INTEGER REFERENCES attributions(id) ON DELETE SET NULL,
        first_published TEXT,
        last_published TEXT,
        n_members INTEGER NOT NULL DEFAULT 0,
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_outlets INTEGER NOT NULL DEFAULT 0,
        n_sources INTEGER NOT NULL DEFAULT 0,  -- distinct named sources (canonical where linked)
        n_anonymous INTEGER NOT NULL DEFAULT 0,-- members whose source is anonymous
        anonymous_only INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX claim_clusters_members ON claim_clusters(n_members);

    CREATE TABLE claim_members (
        attribution_id INTEGER PRIMARY KEY REFERENCES attributions(id) ON DELETE CASCADE,
        cluster_id INTEGER NOT NULL REFERENCES claim_clusters(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,            -- cosine to the member it joined through (1 for the first)
        via_attribution_id INTEGER
    );
    CREATE INDEX claim_members_cluster ON claim_members(cluster_id);

    CREATE TABLE disagreements (
        id INTEGER PRIMARY KEY,
        quantity_a INTEGER NOT NULL REFERENCES quantities(id) ON DELETE CASCADE,
        quantity_b INTEGER NOT NULL REFERENCES quantities(id) ON DELETE CASCADE,
        counted TEXT NOT NULL,               -- what is counted, normalised
        unit TEXT,
        about TEXT NOT NULL,                 -- JSON list of the canonical entity ids both concern
        gap REAL NOT NULL,                   -- relative gap between the two value intervals
        UNIQUE (quantity_a, quantity_b)
    );
    CREATE INDEX disagreements_b ON disagreements(quantity_b);
    """,
    # 3: PLOVER actor coding of events (JSON lists of {"code", "sector"})
    """
    ALTER TABLE events ADD COLUMN actor_codes TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE events ADD COLUMN target_codes TEXT NOT NULL DEFAULT '[]';
    """,
    # 4: what an attribution attributes (statement | attitude) and what kept it
    """
    ALTER TABLE attributions ADD COLUMN kind TEXT NOT NULL DEFAULT 'statement';
    ALTER TABLE attributions ADD COLUMN confidence REAL;
    ALTER TABLE attributions ADD COLUMN model TEXT NOT NULL DEFAULT 'rules';
    CREATE INDEX attributions_what ON attributions(kind);
    """,
    # 5: what decided an event's category ("rules" or the learned model's version)
    """
    ALTER TABLE events ADD COLUMN model TEXT NOT NULL DEFAULT 'rules';
    """,
    # 6: news from the web: which signal gave an article's date, which analysis made its
    # record (what `reanalyse` compares), and the fetched pages themselves, compressed
    """
    ALTER TABLE articles ADD COLUMN published_from TEXT;
    ALTER TABLE articles ADD COLUMN pipeline TEXT;
    ALTER TABLE articles ADD COLUMN analysed_at TEXT;  -- when `pipeline` made the record (ISO, UTC)
    CREATE INDEX articles_pipeline ON articles(pipeline);
    CREATE TABLE raw_pages (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,            -- the URL asked for
        final_url TEXT NOT NULL,             -- where redirects ended
        status INTEGER NOT NULL,             -- HTTP status of the final response
        content_type TEXT,
        fetched_at TEXT NOT NULL,            -- ISO 8601, UTC
        body BLOB NOT NULL,                  -- the response body, zlib-compressed
        article_id TEXT REFERENCES articles(id) ON DELETE SET NULL
    );
    CREATE INDEX raw_pages_final_url ON raw_pages(final_url);
    CREATE INDEX raw_pages_article ON raw_pages(article_id);
    """,
    # 7: what a number measures (its frame), and disagreements between frames: which kind
    # (a tally's update over time, or a conflict at about the same time) and whose property
    """
    ALTER TABLE quantities ADD COLUMN measure TEXT;       -- killed, injured, votes, length ...
    ALTER TABLE quantities ADD COLUMN owner_start INTEGER;
    ALTER TABLE quantities ADD COLUMN owner_end INTEGER;
    ALTER TABLE quantities ADD COLUMN owner_text TEXT;    -- whose: the ship, the candidate, the place
    ALTER TABLE quantities ADD COLUMN as_of TEXT;         -- TIMEX3 value of the time a tally is for
    CREATE INDEX quantities_measure ON quantities(measure);
    ALTER TABLE disagreements ADD COLUMN kind TEXT NOT NULL DEFAULT 'conflict';  -- conflict | update
    ALTER TABLE disagreements ADD COLUMN owner TEXT;      -- the owner both concern, folded
    """,
    # 8: the words naming an event's actor and target, entity or not ("the court")
    """
    ALTER TABLE events ADD COLUMN actor_start INTEGER;
    ALTER TABLE events ADD COLUMN actor_end INTEGER;
    ALTER TABLE events ADD COLUMN actor_text TEXT;
    ALTER TABLE events ADD COLUMN target_start INTEGER;
    ALTER TABLE events ADD COLUMN target_end INTEGER;
    ALTER TABLE events ADD COLUMN target_text TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION; each migration commits atomically.

    Two processes may create the same new ledger at once, so the version is read again
    under the write lock (BEGIN IMMEDIATE) before a migration is applied: the loser of the
    race waits, then sees the winner's version instead of creating the tables twice.
    """
    if current_version(conn) == SCHEMA_VERSION and _stamped(conn):
        return SCHEMA_VERSION  # the usual case: no write lock taken
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = current_version(conn)
            if version > SCHEMA_VERSION:
                raise newer_schema(version)
            if version == SCHEMA_VERSION:
                if not _stamped(conn):  # a ledger made before the application id
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("COMMIT")
                return version
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def newer_schema(version: int) -> NewsledgerError:
    return NewsledgerError(
        Code.BAD_LEDGER,
        f"this ledger has schema version {version}, made by a newer newsledger; this one "
        f"knows up to {SCHEMA_VERSION}: upgrade newsledger",
    )


def _stamped(conn: sqlite3.Connection) -> bool:
    return int(conn.execute("PRAGMA application_id").fetchone()[0]) == APPLICATION_ID


def _statements(script: str) -> list[str]:
    """Split a migration into statements (trigger bodies contain semicolons)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines():
        line = (
            line.split("--", 1)[0] if "--" in line and "'" not in line.split("--", 1)[0] else line
        )
        buffer += line + "\n"
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
