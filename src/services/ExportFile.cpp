// SPDX-License-Identifier: MIT
#include "services/ExportFile.h"

#include <QDir>
#include <QFile>

namespace sf::exportFile {

QByteArray csvLine(const QStringList &fields)
{
    QByteArrayList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        QByteArray utf8 = field.toUtf8();
        if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') ||
            utf8.contains('\r')) {
            utf8.replace("\"", "\"\"");
            utf8 = '"' + utf8 + '"';
        }
        quoted << utf8;
    }
    return quoted.join(',') + "\r\n";
}

XlsxFile::XlsxFile(const QString &path)
    : m_path(path)
    , m_partPath(path + QStringLiteral(".part"))
    , m_tmpDir(QFile::encodeName(QDir::tempPath()))
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
}

XlsxFile::~XlsxFile()
{
    if (m_book)
        workbook_close(m_book);
    if (!m_committed)
        QFile::remove(m_partPath);
}

bool XlsxFile::commit(bool written)
{
    if (!m_book)
        return false;
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (!written || closed != LXW_NO_ERROR)
        return false;
    QFile::remove(m_path);
    m_committed = QFile::rename(m_partPath, m_path);
    return m_committed;
}

} // namespace sf::exportFile
