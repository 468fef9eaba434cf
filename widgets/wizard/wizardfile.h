#pragma once

// One file in the import wizard: what the engine detects from its first 64 KB (encoding, dialect,
// header, kind, the first rows), the user's overrides, and the column mapping being edited.
// Also the conversion between the wizard's files and the engine's mapping file (the JSON that
// `tierwise-cli import --mapping` reads), so the wizard saves, loads and imports the same thing.

#include "ingest/csvreader.h"
#include "ingest/filekinds.h"
#include "ingest/mapping.h"
#include "ingest/textencoding.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tierwise {

// How much of a file the wizard reads to preview it.
constexpr qint64 kPreviewBytes = 64 * 1024;
constexpr int kPreviewRows = 50;

// What the first bytes of a file show. Reading it never touches more than kPreviewBytes.
struct FilePreview
{
    ingest::EncodingGuess detected;      // detectEncoding on the sample, whatever the override
    ingest::CsvDialect sniffed;          // the dialect found in the sample
    ingest::Encoding encoding = ingest::Encoding::Utf8; // the encoding the rows were read with
    ingest::CsvDialect dialect;          // the dialect the rows were read with
    bool headerLikely = true;            // the first record looks like a header
    QVector<QStringList> records;        // the first kPreviewRows + 1 records, as text
    QString error;                       // the sample could not be read (the rows before it are kept)
};

// Per column of a file: the field it goes to (Ignore: skipped), a date format, a value map.
struct ColumnChoice
{
    ingest::Field field = ingest::Field::Ignore;
    QString dateFormat;
    QVector<QPair<QString, QString>> values; // raw value → replacement, in the user's order
    bool operator==(const ColumnChoice &o) const
    {
        return field == o.field && dateFormat == o.dateFormat && values == o.values;
    }
};

struct WizardFile
{
    QString path;
    std::optional<ingest::Encoding> encodingOverride;
    std::optional<ingest::CsvDialect> dialectOverride;
    std::optional<ingest::FileKind> kindOverride;
    bool hasHeader = true;
    bool headerChosen = false; // the user (or a mapping) said; else hasHeader follows the preview
    FilePreview preview;
    QVector<ColumnChoice> columns; // one per column of the preview
    // The kind the header names (set when the columns are suggested). It stays while the user
    // edits the columns, so that skipping a required column flags it instead of changing the kind.
    ingest::FileKind detectedKind = ingest::FileKind::Unknown;

    // Reads the preview again with the current overrides. Keeps the column choices when the
    // columns are the same, else suggests them anew.
    void refresh();
    // The header cells (with a header row) or "1", "2", … — the keys of the mapping.
    QStringList columnKeys() const;
    // The column's header text for display ("Column 3" without a header row).
    QString columnTitle(int column) const;
    // The first data value of a column, or empty; masked if `masked` and the column holds a
    // name or an identifier (privacy::maskName / maskId).
    QString sample(int column, bool masked) const;
    // Data records of the preview (without the header row), masked the same way.
    QVector<QStringList> dataRecords(bool masked) const;
    // A value of a column as shown on screen.
    QString shown(int column, const QString &value, bool masked) const;
    // The kind: the override, else the kind the header names, else what the engine recognises
    // from the chosen fields.
    ingest::FileKind kind(QString *why = nullptr) const;
    // Suggests each column's field from the header synonyms (the engine's own table).
    void suggestColumns();
    // The kind's required fields that no column holds, each as a readable reason.
    QStringList missingRequired() const;
    // Fields chosen for more than one column, as readable reasons.
    QStringList duplicateFields() const;
};

// The fields a column of a file of this kind can hold (every field for an unknown kind).
QVector<ingest::Field> fieldsForKind(ingest::FileKind kind);
// "," → "Comma (,)", … for display.
QString delimiterDisplayName(const ingest::CsvDialect &dialect);

// The mapping for importing these files together, as the JSON of a mapping file. When all files
// are of one kind, the mapping names it. Conflicts (one header mapped two ways, different
// encodings, a file the engine would read as another kind) are listed in *conflicts.
QJsonObject mappingJson(const QVector<WizardFile> &files, QStringList *conflicts = nullptr);
// Applies a loaded mapping to the files: overrides, header flag, and every column it names.
void applyMapping(const ingest::Mapping &mapping, QVector<WizardFile> &files);

} // namespace tierwise
