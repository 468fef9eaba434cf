#pragma once

// A seeded, deterministic synthetic retail bank book for demos, tests and benchmarks: branches,
// products, customers, accounts, monthly balances, product holdings and transactions written as
// CSV files in the layout the importer recognises.
//
// The same options always give byte-identical files (on the same platform), whatever the number
// of threads. Customers are generated in independent chunks on two worker threads; every random
// number comes from the generator's own xoshiro256** streams keyed by (seed, customer), and
// normal, gamma and beta variates are drawn by the generator's own samplers.

#include "ingest/textencoding.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace tierwise::jobs {
class Progress;
}

namespace tierwise::ingest {

struct GeneratorOptions
{
    // Header row language. Simplified Chinese headers cannot be written in Big5.
    enum class Headers { English, SimplifiedChinese, TraditionalChinese };

    qint64 customers = 10000; // 1 … 999,999,999
    int months = 24;          // balance months ending at lastMonth, 1 … 600
    quint64 seed = 1;
    // Output encoding. Chinese text (names, cities, occupations, …) is written in Traditional
    // characters when the encoding is Big5 or the headers are Traditional, else Simplified.
    Encoding encoding = Encoding::Utf8;
    Headers headers = Headers::English;
    // The last complete month; only its year and month count. Fixed so output is deterministic.
    QDate lastMonth = QDate(2026, 10, 1);
    QString outDir; // created if missing; existing files of the same names are replaced
};

// Writes branches.csv, products.csv, customers.csv, accounts.csv, balances.csv, holdings.csv and
// transactions.csv into options.outDir. Files are written under temporary names and renamed at
// the end, so a cancelled or failed run leaves earlier files as they were.
// Errors: BadInput for invalid options, Io when a file cannot be written, Cancelled when
// progress.report() returns false (it is called from the calling thread only).
Status generateBook(const GeneratorOptions &options, jobs::Progress &progress);

} // namespace tierwise::ingest
