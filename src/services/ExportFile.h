// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <xlsxwriter.h>

// What the exports of the services share: CSV lines as Excel reads them, and an XLSX workbook
// that appears under its name only when it is complete. Internal to the services layer.
namespace sf::exportFile {

// The UTF-8 byte order mark: without it Excel reads a CSV file in the local code page.
inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// One CSV line of UTF-8 fields, quoted where they hold a comma, a quote or a line break,
// ending in CRLF.
QByteArray csvLine(const QStringList &fields);

// A workbook written by libxlsxwriter in constant-memory mode (each sheet's rows are written in
// order and flushed to a temporary file, so memory stays flat) to "<path>.part"; commit() closes
// it and moves it to `path`. Without a successful commit the part file is removed.
class XlsxFile
{
public:
    explicit XlsxFile(const QString &path);
    ~XlsxFile();
    XlsxFile(const XlsxFile &) = delete;
    XlsxFile &operator=(const XlsxFile &) = delete;

    // Null when the file could not be created.
    lxw_workbook *book() const { return m_book; }
    // Closes the workbook; when `written` (every cell was written) and it closed without error,
    // replaces `path` with it.
    bool commit(bool written);

private:
    QString m_path;
    QString m_partPath;
    QByteArray m_tmpDir;
    lxw_workbook *m_book = nullptr;
    bool m_committed = false;
};

} // namespace sf::exportFile
