#include "wizard/wizardfile.h"

#include "privacy/masking.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ImportWizard)
};
} // namespace

namespace tierwise {
namespace {

using namespace ingest;

bool looksNumeric(const QString &text)
{
    bool ok = false;
    QString t = text;
    t.remove(QLatin1Char(',')).remove(QLatin1Char('-')).remove(QLatin1Char('/'));
    t.toDouble(&ok);
    return ok;
}

bool headerLooksLikeHeader(const QStringList &first)
{
    if (first.isEmpty())
        return true;
    for (const QString &cell : first)
        if (fieldForHeader(cell))
            return true;
    return std::none_of(first.begin(), first.end(),
                        [](const QString &c) { return c.trimmed().isEmpty() || looksNumeric(c.trimmed()); });
}

QJsonValue choiceJson(const ColumnChoice &choice)
{
    if (choice.field == Field::Ignore)
        return QJsonValue(QJsonValue::Null);
    const QString name = QString::fromLatin1(fieldInfo(choice.field).name);
    if (choice.dateFormat.isEmpty() && choice.values.isEmpty())
        return name;
    QJsonObject o;
    o.insert(QStringLiteral("field"), name);
    if (!choice.dateFormat.isEmpty())
        o.insert(QStringLiteral("format"), choice.dateFormat);
    if (!choice.values.isEmpty()) {
        QJsonObject values;
        for (const auto &pair : choice.values)
            if (!pair.first.trimmed().isEmpty())
                values.insert(pair.first.trimmed(), pair.second);
        o.insert(QStringLiteral("values"), values);
    }
    return o;
}

ColumnChoice choiceFromRule(const ColumnRule &rule)
{
    ColumnChoice c;
    c.field = rule.field;
    c.dateFormat = rule.dateFormat;
    for (const auto &[raw, replacement] : rule.values)
        c.values.push_back({QString::fromStdString(raw), QString::fromStdString(replacement)});
    std::sort(c.values.begin(), c.values.end());
    return c;
}

} // namespace

void WizardFile::refresh()
{
    const QStringList oldKeys = columnKeys();
    preview = FilePreview();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = Tr::tr("Cannot read the file: %1").arg(file.errorString());
        columns.clear();
        return;
    }
    QByteArray bytes = file.read(kPreviewBytes);
    if (!file.atEnd()) {
        // Only whole lines: a cut record or character would read as an error.
        const qsizetype end = bytes.lastIndexOf('\n');
        if (end > 0)
            bytes.truncate(end + 1);
    }
    preview.detected = detectEncoding(bytes);
    const QString name = QFileInfo(path).fileName();
    CsvReader::Options options;
    options.encoding = encodingOverride;
    options.dialect = dialectOverride;
    CsvReader reader;
    if (Status s = reader.openData(bytes, name, options); !s) {
        preview.error = s.error().message;
        columns.clear();
        return;
    }
    preview.encoding = reader.encoding().encoding;
    preview.dialect = reader.dialect();
    preview.sniffed = reader.dialect();
    if (dialectOverride) {
        CsvReader sniffer;
        options.dialect.reset();
        if (sniffer.openData(bytes, name, options))
            preview.sniffed = sniffer.dialect();
    }
    CsvRecord record;
    while (preview.records.size() <= kPreviewRows && reader.next(record)) {
        QStringList cells;
        cells.reserve(static_cast<qsizetype>(record.fields.size()));
        for (std::string_view f : record.fields)
            cells << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
        preview.records.push_back(cells);
    }
    if (reader.error())
        preview.error = reader.error()->toString();
    preview.headerLikely = headerLooksLikeHeader(preview.records.value(0));
    if (!headerChosen)
        hasHeader = preview.headerLikely;
    if (columnKeys() != oldKeys || columns.size() != columnKeys().size())
        suggestColumns();
}

QStringList WizardFile::columnKeys() const
{
    QStringList keys;
    const QStringList first = preview.records.value(0);
    for (qsizetype c = 0; c < first.size(); ++c)
        keys << (hasHeader ? first[c].trimmed() : QString::number(c + 1));
    return keys;
}

QString WizardFile::columnTitle(int column) const
{
    if (hasHeader)
        return preview.records.value(0).value(column).trimmed();
    return Tr::tr("Column %1").arg(column + 1);
}

QString WizardFile::sample(int column, bool masked) const
{
    const QVector<QStringList> data = dataRecords(masked);
    for (const QStringList &row : data)
        if (!row.value(column).trimmed().isEmpty())
            return row.value(column);
    return {};
}

QVector<QStringList> WizardFile::dataRecords(bool masked) const
{
    QVector<QStringList> rows = !hasHeader || preview.records.isEmpty() ? preview.records : preview.records.mid(1);
    if (masked)
        for (QStringList &row : rows)
            for (qsizetype c = 0; c < row.size(); ++c)
                row[c] = shown(static_cast<int>(c), row[c], true);
    return rows;
}

QString WizardFile::shown(int column, const QString &value, bool masked) const
{
    if (!masked || column < 0 || column >= columns.size())
        return value;
    switch (columns[column].field) {
    case Field::Name:
        return privacy::maskName(value);
    case Field::CustomerId:
    case Field::AccountId:
    case Field::Phone:
    case Field::IdNumber:
        return privacy::maskId(value);
    default:
        return value;
    }
}

FileKind WizardFile::kind(QString *why) const
{
    if (kindOverride)
        return *kindOverride;
    if (detectedKind != FileKind::Unknown)
        return detectedKind;
    std::vector<std::optional<Field>> found;
    for (const ColumnChoice &c : columns)
        found.push_back(c.field);
    return recognizeKind(found, why);
}

void WizardFile::suggestColumns()
{
    const QStringList keys = columnKeys();
    columns = QVector<ColumnChoice>(keys.size());
    detectedKind = FileKind::Unknown;
    if (!hasHeader)
        return;
    std::vector<std::optional<Field>> found;
    for (const QString &key : keys)
        found.push_back(fieldForHeader(key));
    detectedKind = recognizeKind(found);
    const FileKind k = kindOverride ? *kindOverride : detectedKind;
    const QVector<Field> allowed = fieldsForKind(k);
    for (qsizetype c = 0; c < keys.size(); ++c) {
        if (!found[static_cast<std::size_t>(c)])
            continue;
        const Field f = fieldForKind(*found[static_cast<std::size_t>(c)], k);
        const bool taken = std::any_of(columns.begin(), columns.begin() + c,
                                       [f](const ColumnChoice &o) { return o.field == f; });
        if (allowed.contains(f) && !taken)
            columns[c].field = f;
    }
}

QStringList WizardFile::missingRequired() const
{
    QString why;
    const FileKind k = kind(&why);
    if (k == FileKind::Unknown)
        return {Tr::tr("Cannot tell what this file holds: choose its kind or map its columns. %1").arg(why)};
    QStringList missing;
    for (const std::vector<Field> &alternatives : kindSpec(k).required) {
        const bool any = std::any_of(alternatives.begin(), alternatives.end(), [&](Field f) {
            return std::any_of(columns.begin(), columns.end(),
                               [&](const ColumnChoice &c) { return c.field != Field::Ignore && fieldForKind(c.field, k) == f; });
        });
        if (any)
            continue;
        QStringList names;
        for (Field f : alternatives)
            names << QStringLiteral("%1 (%2)").arg(fieldDisplayName(f), fieldHeaderExamples(f));
        missing << Tr::tr("A %1 file needs a column for %2.").arg(fileKindDisplayName(k), names.join(Tr::tr(" or ")));
    }
    return missing;
}

QStringList WizardFile::duplicateFields() const
{
    QStringList out;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const Field f = columns[c].field;
        if (f == Field::Ignore)
            continue;
        for (qsizetype d = c + 1; d < columns.size(); ++d)
            if (columns[d].field == f)
                out << Tr::tr("Columns '%1' and '%2' both hold the %3; skip one of them.")
                           .arg(columnTitle(static_cast<int>(c)), columnTitle(static_cast<int>(d)), fieldDisplayName(f));
    }
    return out;
}

QVector<Field> fieldsForKind(FileKind kind)
{
    QVector<Field> out;
    if (kind == FileKind::Unknown) {
        for (int i = 1; i < static_cast<int>(Field::Count_); ++i)
            out << static_cast<Field>(i);
        return out;
    }
    for (Field f : kindSpec(kind).fields)
        out << f;
    return out;
}

QString delimiterDisplayName(const CsvDialect &dialect)
{
    if (dialect.whitespaceAligned)
        return Tr::tr("Aligned columns (spaces)");
    switch (dialect.delimiter) {
    case ',': return Tr::tr("Comma (,)");
    case ';': return Tr::tr("Semicolon (;)");
    case '\t': return Tr::tr("Tab");
    case '|': return Tr::tr("Vertical bar (|)");
    default: return QString(QLatin1Char(dialect.delimiter));
    }
}

QJsonObject mappingJson(const QVector<WizardFile> &files, QStringList *conflicts)
{
    QStringList problems;
    QJsonObject root;
    QJsonObject columns;
    for (const WizardFile &file : files) {
        const QStringList keys = file.columnKeys();
        for (qsizetype c = 0; c < keys.size() && c < file.columns.size(); ++c) {
            const QJsonValue value = choiceJson(file.columns[c]);
            if (columns.contains(keys[c]) && columns.value(keys[c]) != value)
                problems << Tr::tr("Column '%1' is mapped differently in two files; one mapping file holds one "
                                   "mapping per header.").arg(keys[c]);
            else
                columns.insert(keys[c], value);
        }
    }
    if (!files.isEmpty()) {
        const WizardFile &first = files.constFirst();
        const bool sameHeader = std::all_of(files.begin(), files.end(),
                                            [&](const WizardFile &f) { return f.hasHeader == first.hasHeader; });
        if (!sameHeader)
            problems << Tr::tr("Some files have a header row and some do not; import them separately.");
        if (!first.hasHeader)
            root.insert(QStringLiteral("header"), false);
        const bool anyEncoding = std::any_of(files.begin(), files.end(),
                                             [](const WizardFile &f) { return f.encodingOverride.has_value(); });
        if (anyEncoding) {
            const auto effective = [](const WizardFile &f) {
                return f.encodingOverride ? *f.encodingOverride : f.preview.detected.encoding;
            };
            const bool same = std::all_of(files.begin(), files.end(),
                                          [&](const WizardFile &f) { return effective(f) == effective(first); });
            if (same)
                root.insert(QStringLiteral("encoding"), encodingName(effective(first)));
            else
                problems << Tr::tr("The files are read with different encodings; import them separately.");
        }
        const FileKind firstKind = first.kind();
        const bool sameKind = firstKind != FileKind::Unknown
                              && std::all_of(files.begin(), files.end(), [&](const WizardFile &f) { return f.kind() == firstKind; });
        if (sameKind) {
            root.insert(QStringLiteral("kind"), fileKindName(firstKind));
        } else {
            // Without a kind in the mapping the engine recognises each file from its mapped fields.
            for (const WizardFile &f : files) {
                if (f.kindOverride)
                    problems << Tr::tr("%1: a chosen kind applies to every file of an import; import files of "
                                       "other kinds separately.").arg(QFileInfo(f.path).fileName());
                WizardFile automatic = f;
                automatic.kindOverride.reset();
                automatic.detectedKind = FileKind::Unknown;
                if (!f.kindOverride && automatic.kind() != f.kind())
                    problems << Tr::tr("%1 would be read as a %2 file; import it separately.")
                                    .arg(QFileInfo(f.path).fileName(), fileKindDisplayName(automatic.kind()));
            }
        }
    }
    root.insert(QStringLiteral("columns"), columns);
    if (conflicts)
        *conflicts = problems;
    return root;
}

void applyMapping(const Mapping &mapping, QVector<WizardFile> &files)
{
    for (WizardFile &file : files) {
        file.kindOverride = mapping.kind;
        file.encodingOverride = mapping.encoding;
        file.hasHeader = mapping.hasHeader;
        file.headerChosen = true;
        file.refresh();
        const QStringList keys = file.columnKeys();
        for (qsizetype c = 0; c < keys.size() && c < file.columns.size(); ++c) {
            const auto rule = mapping.columns.constFind(keys[c]);
            if (rule != mapping.columns.constEnd())
                file.columns[c] = choiceFromRule(*rule);
        }
    }
}

} // namespace tierwise
