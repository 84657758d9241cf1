// SPDX-License-Identifier: MIT
#pragma once

#include "core/CsvReader.h"
#include "core/Result.h"
#include "services/CustomerImportService.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sf {

class ImmediateTransaction;
struct ServiceContext;

// A column of an import file: its English and Chinese header (further spellings in
// `otherNames`), and whether the file must have it. Internal to the services layer.
struct ImportColumn
{
    QString english;
    QString chinese;
    bool required = false;
    QStringList otherNames = {};
};

// The fields of a file's records by column, from its header: case, spaces and a BOM do not
// matter; a column named twice is read from its first occurrence.
class ImportColumns
{
public:
    ImportColumns() = default;
    ImportColumns(const QList<ImportColumn> &known, const QStringList &header);

    // The columns the file must have but lacks, as "english/中文".
    QStringList missing() const;
    const QStringList &ignored() const { return m_ignored; }
    // The trimmed field of `column` (an index into `known`), empty when the file lacks it.
    QString value(const CsvRecord &record, int column) const;

private:
    QList<ImportColumn> m_known;
    QHash<qsizetype, qsizetype> m_index;
    QStringList m_ignored;
};

// One run of an import (design.md, "CSV files"): the file read and its columns mapped, the
// report, and — unless a dry run — the write transaction, taken before the rows are checked so
// that nothing changes in between and nothing is written unless `finish` commits.
class ImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    ImportSession(const ServiceContext &context, bool dryRun);
    ~ImportSession();
    Q_DISABLE_COPY_MOVE(ImportSession)

    // Reads and decodes the file, maps its header onto `known`, refuses a file without a
    // required column, then (unless a dry run) begins the transaction.
    Status open(const QString &path, const QList<ImportColumn> &known);

    const QList<CsvRecord> &records() const { return m_table.records; }
    QString value(const CsvRecord &record, int column) const
    {
        return m_columns.value(record, column);
    }
    bool dryRun() const { return m_report.dryRun; }

    void reject(int line, const QString &reason) { m_report.rejected.append({line, reason}); }
    // The report with `imported` rows (rejections sorted by line); unless a dry run, commits
    // what was written.
    Result<ImportReport> finish(int imported);

private:
    const ServiceContext &m_context;
    CsvTable m_table;
    ImportColumns m_columns;
    ImportReport m_report;
    std::unique_ptr<ImmediateTransaction> m_tx;
};

// What an import looks up by a key of its rows (a customer id, a contract number, a login),
// asked once per key however many rows name it.
template<typename Value>
class LookupCache
{
public:
    explicit LookupCache(std::function<Result<Value>(const QString &)> lookUp)
        : m_lookUp(std::move(lookUp))
    {}

    Result<Value> find(const QString &key)
    {
        if (auto it = m_known.constFind(key); it != m_known.constEnd())
            return *it;
        auto found = m_lookUp(key);
        if (found)
            m_known.insert(key, *found);
        return found;
    }

private:
    std::function<Result<Value>(const QString &)> m_lookUp;
    QHash<QString, Value> m_known;
};

} // namespace sf
