#include "store/schema.h"

#include "store/statement.h"

#include <QString>

#include <iterator>

namespace tierwise::store {
namespace {

// Version 1: the whole data model of DESIGN.md §3. Money is INTEGER cents; dates are ISO text
// (YYYY-MM-DD, months YYYY-MM) so SQLite's date functions and plain comparisons work.
// Every row of imported data names the import that last wrote it.
const char *const kMigration1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE imports (
    import_id      INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    file_path      TEXT NOT NULL,
    checksum       TEXT,
    kind           TEXT,
    encoding       TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_inserted  INTEGER NOT NULL DEFAULT 0,
    rows_updated   INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    rows_rejected  INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL CHECK (status IN ('running', 'committed', 'partial', 'rejected')),
    started_at     TEXT NOT NULL,
    finished_at    TEXT
);
CREATE INDEX imports_checksum ON imports (checksum);

CREATE TABLE rejections (
    rejection_id INTEGER PRIMARY KEY,
    import_id    INTEGER NOT NULL REFERENCES imports (import_id) ON DELETE CASCADE,
    line         INTEGER,
    column_no    INTEGER,
    column_name  TEXT,
    value        TEXT,
    reason       TEXT NOT NULL
);
CREATE INDEX rejections_import ON rejections (import_id);

CREATE TABLE branches (
    branch_id   TEXT PRIMARY KEY,
    name        TEXT,
    city        TEXT,
    region      TEXT,
    branch_type TEXT,
    import_id   INTEGER REFERENCES imports (import_id)
);

CREATE TABLE products (
    product_code TEXT PRIMARY KEY,
    name         TEXT,
    product_type TEXT CHECK (product_type IN ('current', 'term', 'wealth', 'fund', 'insurance',
                             'credit_card', 'consumer_loan', 'mortgage', 'business_loan', 'other')),
    risk_level   INTEGER CHECK (risk_level BETWEEN 1 AND 5),
    margin_bps   INTEGER,
    term_months  INTEGER,
    import_id    INTEGER REFERENCES imports (import_id)
);

CREATE TABLE customers (
    customer_id   TEXT PRIMARY KEY,
    name          TEXT,
    gender        TEXT CHECK (gender IN ('M', 'F', 'U')),
    birth_date    TEXT,
    occupation    TEXT,
    education     TEXT,
    income_band   TEXT,
    branch_id     TEXT,
    rm_id         TEXT,
    open_date     TEXT,
    risk_level    INTEGER CHECK (risk_level BETWEEN 1 AND 5),
    credit_rating TEXT,
    channel_pref  TEXT,
    phone         TEXT,
    id_number     TEXT,
    import_id     INTEGER REFERENCES imports (import_id)
);
CREATE INDEX customers_branch ON customers (branch_id);

CREATE TABLE accounts (
    account_id   TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customers (customer_id),
    product_code TEXT,
    open_date    TEXT,
    close_date   TEXT,
    import_id    INTEGER REFERENCES imports (import_id)
);
CREATE INDEX accounts_customer ON accounts (customer_id);

-- Month-end (or monthly average) balances per customer and product type.
-- AUM = deposits (current + term + other) + wealth + funds + insurance; loans are not AUM.
CREATE TABLE balances (
    customer_id           TEXT NOT NULL REFERENCES customers (customer_id),
    month                 TEXT NOT NULL,
    current_cents         INTEGER NOT NULL DEFAULT 0,
    term_cents            INTEGER NOT NULL DEFAULT 0,
    other_deposit_cents   INTEGER NOT NULL DEFAULT 0,
    wealth_cents          INTEGER NOT NULL DEFAULT 0,
    fund_cents            INTEGER NOT NULL DEFAULT 0,
    insurance_cents       INTEGER NOT NULL DEFAULT 0,
    loan_cents            INTEGER NOT NULL DEFAULT 0,
    aum_cents             INTEGER NOT NULL DEFAULT 0,
    import_id             INTEGER REFERENCES imports (import_id),
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID;
CREATE INDEX balances_month ON balances (month);

CREATE TABLE holdings (
    holding_key   TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers (customer_id),
    product_code  TEXT,
    account_id    TEXT,
    open_date     TEXT,
    maturity_date TEXT,
    close_date    TEXT,
    balance_cents INTEGER,
    import_id     INTEGER REFERENCES imports (import_id)
);
CREATE INDEX holdings_customer ON holdings (customer_id);
CREATE INDEX holdings_maturity ON holdings (maturity_date);

-- txn_key is a 62-bit hash of the transaction's identity: its reference number when the file has
-- one, else its content and its occurrence number among identical rows of the file. The importer
-- keeps keys unique, so re-imported and overlapping files add nothing twice; rows are stored in
-- import order (txn_id) for fast bulk loads.
CREATE TABLE transactions (
    txn_id       INTEGER PRIMARY KEY,
    txn_key      INTEGER NOT NULL,
    customer_id  TEXT NOT NULL REFERENCES customers (customer_id),
    account_id   TEXT REFERENCES accounts (account_id),
    txn_date     TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    channel      TEXT,
    txn_type     TEXT,
    txn_ref      TEXT,
    import_id    INTEGER NOT NULL REFERENCES imports (import_id)
);

CREATE TABLE runs (
    run_id       INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    params       TEXT NOT NULL DEFAULT '{}',
    as_of        TEXT,
    data_version INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    label        TEXT
);

CREATE TABLE assignments (
    run_id      INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    segment     TEXT NOT NULL,
    score       REAL,
    detail      TEXT,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE clv_scores (
    run_id          INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    customer_id     TEXT NOT NULL REFERENCES customers (customer_id),
    frequency       REAL,
    recency         REAL,
    age             REAL,
    monetary        REAL,
    p_alive         REAL,
    expected_txn    REAL,
    expected_spend  REAL,
    clv_txn         REAL,
    clv_margin      REAL,
    lifecycle_stage TEXT,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE alerts (
    alert_id    INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    kind        TEXT NOT NULL,
    severity    INTEGER NOT NULL DEFAULT 1,
    due_date    TEXT,
    detail      TEXT
);
CREATE INDEX alerts_run ON alerts (run_id, customer_id);

CREATE TABLE strategies (
    strategy_id   INTEGER PRIMARY KEY,
    segment_key   TEXT NOT NULL,
    branch_id     TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    objective     TEXT,
    products      TEXT,
    channels      TEXT,
    cadence       TEXT,
    service_level TEXT,
    pricing       TEXT,
    events        TEXT,
    kpis          TEXT,
    budget_cents  INTEGER,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX strategies_key ON strategies (segment_key, ifnull(branch_id, ''), version);

CREATE TABLE campaigns (
    campaign_id   INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    run_id        INTEGER REFERENCES runs (run_id),
    segment_key   TEXT,
    strategy_id   INTEGER REFERENCES strategies (strategy_id),
    status        TEXT NOT NULL DEFAULT 'draft',
    control_share REAL NOT NULL DEFAULT 0.1,
    seed          INTEGER,
    start_date    TEXT,
    end_date      TEXT,
    budget_cents  INTEGER,
    created_at    TEXT NOT NULL
);

CREATE TABLE campaign_members (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (campaign_id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers (customer_id),
    is_control  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE campaign_results (
    campaign_id      INTEGER NOT NULL REFERENCES campaigns (campaign_id) ON DELETE CASCADE,
    customer_id      TEXT NOT NULL REFERENCES customers (customer_id),
    reached          INTEGER NOT NULL DEFAULT 0,
    participated     INTEGER NOT NULL DEFAULT 0,
    converted        INTEGER NOT NULL DEFAULT 0,
    aum_change_cents INTEGER,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE audit (
    audit_id INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    user     TEXT,
    action   TEXT NOT NULL,
    detail   TEXT
);

INSERT INTO meta (key, value) VALUES ('data_version', '0');
INSERT INTO meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)SQL";

// Lifetime-value runs: next-best products per customer, whole-run outputs (fitted model
// parameters, the cohort triangle, the holdout check) as JSON documents, and the value band the
// chosen CLV puts a customer in. clv_scores.recency and clv_scores.age are in days (the CSV's
// recency_days and t_days).
const char *const kMigration2 = R"SQL(
ALTER TABLE clv_scores ADD COLUMN value_band TEXT;

CREATE TABLE next_best (
    run_id       INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    customer_id  TEXT NOT NULL REFERENCES customers (customer_id),
    rank         INTEGER NOT NULL CHECK (rank >= 1),
    product_code TEXT NOT NULL,
    penetration  REAL,
    score        REAL,
    book_peers   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, customer_id, rank)
) WITHOUT ROWID;

CREATE TABLE run_outputs (
    run_id  INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
) WITHOUT ROWID;
)SQL";

// Planning: strategy versions keep their author and notes; a campaign keeps its audience
// definition and each member's segment and branch at planning time (for evaluation by segment
// and branch); responses keep their date and amount.
const char *const kMigration3 = R"SQL(
ALTER TABLE strategies ADD COLUMN notes TEXT;
ALTER TABLE strategies ADD COLUMN author TEXT;
ALTER TABLE campaigns ADD COLUMN audience TEXT;
ALTER TABLE campaign_members ADD COLUMN segment TEXT;
ALTER TABLE campaign_members ADD COLUMN branch_id TEXT;
ALTER TABLE campaign_results ADD COLUMN response_date TEXT;
ALTER TABLE campaign_results ADD COLUMN amount_cents INTEGER;
CREATE INDEX audit_at ON audit (at);
)SQL";

const char *const kMigrations[] = {kMigration1, kMigration2, kMigration3};

} // namespace

int schemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Status migrate(sqlite3 *db, int fromVersion)
{
    for (int v = fromVersion; v < schemaVersion(); ++v) {
        Transaction tx(db);
        if (!tx.status())
            return tx.status();
        if (Status s = exec(db, kMigrations[v]); !s)
            return s;
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(v + 1);
        if (Status s = exec(db, pragma.constData()); !s)
            return s;
        if (v == 0) {
            const QByteArray app = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
            if (Status s = exec(db, app.constData()); !s)
                return s;
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace tierwise::store
