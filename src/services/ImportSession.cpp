// SPDX-License-Identifier: MIT
#include "services/ImportSession.h"

#include "services/ServiceContext.h"
#include "storage/ImmediateTransaction.h"

#include <algorithm>

namespace sf {
namespace {

QString normalizedHeader(QString header)
{
    header.remove(QChar(0xFEFF));
    return header.trimmed().toLower().remove(u' ');
}

bool names(const ImportColumn &column, const QString &header)
{
    if (header == column.english || header == column.chinese)
        return true;
    return std::any_of(column.otherNames.begin(), column.otherNames.end(),
                       [&](const QString &name) { return header == normalizedHeader(name); });
}

} // namespace

ImportColumns::ImportColumns(const QList<ImportColumn> &known, const QStringList &header)
    : m_known(known)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = normalizedHeader(header.at(i));
        bool matched = false;
        for (qsizetype k = 0; k < known.size(); ++k) {
            if (names(known.at(k), name) && !m_index.contains(k)) {
                m_index.insert(k, i);
                matched = true;
                break;
            }
        }
        if (!matched)
            m_ignored << header.at(i);
    }
}

QStringList ImportColumns::missing() const
{
    QStringList names;
    for (qsizetype k = 0; k < m_known.size(); ++k) {
        if (m_known.at(k).required && !m_index.contains(k))
            names << m_known.at(k).english + u'/' + m_known.at(k).chinese;
    }
    return names;
}

QString ImportColumns::value(const CsvRecord &record, int column) const
{
    const qsizetype index = m_index.value(column, -1);
    return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed()
                                                      : QString();
}

ImportSession::ImportSession(const ServiceContext &context, bool dryRun)
    : m_context(context)
{
    m_report.dryRun = dryRun;
}

ImportSession::~ImportSession() = default;

Status ImportSession::open(const QString &path, const QList<ImportColumn> &known)
{
    auto table = CustomerImportService::readFile(path);
    if (!table)
        return table.error();
    m_table = std::move(*table);
    m_columns = ImportColumns(known, m_table.header);
    if (const QStringList missing = m_columns.missing(); !missing.isEmpty())
        return Error::invalid(
            tr("The file has no column for %1.").arg(missing.join(QStringLiteral(", "))));
    m_report.encoding = m_table.encoding;
    m_report.rows = int(m_table.records.size());
    m_report.ignoredColumns = m_columns.ignored();
    if (!m_report.dryRun) {
        m_tx = std::make_unique<ImmediateTransaction>(m_context.db);
        if (!m_tx->started())
            return m_tx->error();
    }
    return Ok{};
}

Result<ImportReport> ImportSession::finish(int imported)
{
    m_report.imported = imported;
    std::stable_sort(
        m_report.rejected.begin(), m_report.rejected.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.line < b.line; });
    if (m_tx) {
        if (auto committed = m_tx->commit(); !committed)
            return committed.error();
    }
    return m_report;
}

} // namespace sf
