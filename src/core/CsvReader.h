// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sf {

// How a CSV file was written: Excel in China saves GB18030; others save UTF-8, with or without a
// byte order mark (design.md, "CSV files").
enum class TextEncoding { Utf8, Utf8WithBom, Gb18030 };

QString encodingName(TextEncoding encoding);

// One record of a CSV file and the file line it starts on (the header is line 1; a quoted field
// may span lines, so record N does not always start on line N + 1).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u',';
    QStringList header;
    QList<CsvRecord> records;
};

// Reads a whole CSV file: detects the encoding and the separator (comma or tab, from the header
// line), handles quoted fields holding separators, quotes ("") and line breaks, CRLF or LF line
// ends, and skips blank lines. A file that cannot be read as a table is refused with the line and
// the reason; the import then writes nothing.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvTable> read(const QByteArray &data);
};

} // namespace sf
