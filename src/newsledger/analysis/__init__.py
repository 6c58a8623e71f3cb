"""Cross-article analysis over a ledger: one entity, one claim, one number.

Timelines are read from the ledger (`ledger.entities.timeline`, `ledger.claims`).

Each module does one job and works incrementally: it reads only what was added since its
last run (rows past a watermark kept in the ledger's `meta` table) and updates the
derived tables of schema migration 2.

- `names`: name keys (titles stripped, surnames, initials, acronyms).
- `places`: the ISO 3166 knowledge base from pycountry (countries vs subdivisions).
- `entities`: canonical entities across articles, with how each link was made.
- `embeddings`: sentence vectors for attribution contents (static, or MiniLM int8 through
  `onnx_minilm`).
- `vector_index`: nearest neighbours through a FAISS HNSW index kept beside the ledger.
- `centring`: the fixed mean vector removed from claim vectors (against hub clusters).
- `claim_speakers`: who says a claim (same, different or unknown speakers).
- `claim_numbers`: the figures a claim states, durations included (claims whose figures
  differ never merge; a claim with figures never joins one without).
- `claim_wording`: shared runs of words (other speakers relay a statement in its words).
- `claims`: claim clusters, their first report, sources and anonymous share.
- `numbers`: numeric disagreements between reports of the same quantity.
- `state`: the watermarks.
- `update`: runs them all, in order.
"""
