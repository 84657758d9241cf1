// SPDX-License-Identifier: MIT
#include "core/CsvReader.h"

#include <QStringDecoder>

namespace sf {
namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// Decodes with the first encoding that reads the bytes without error. UTF-8 goes first: a
// GB18030 text is almost never valid UTF-8, while UTF-8 Chinese is often valid GB18030 bytes.
Result<std::pair<QString, TextEncoding>> decode(const QByteArray &data)
{
    if (data.startsWith(kUtf8Bom)) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(data.mid(kUtf8Bom.size()));
        if (!utf8.hasError())
            return std::pair{text, TextEncoding::Utf8WithBom};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return std::pair{text, TextEncoding::Utf8};
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        text = gb18030.decode(data);
        if (!gb18030.hasError())
            return std::pair{text, TextEncoding::Gb18030};
    }
    return Error::invalid(
        CsvReader::tr("The file is neither UTF-8 nor GB18030 text; save it as CSV (UTF-8) or "
                      "CSV from Excel."));
}

// Comma unless the header line holds more tabs than commas (outside quotes).
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    return tabs > commas ? QChar(u'\t') : QChar(u',');
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom: return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

Result<CsvTable> CsvReader::read(const QByteArray &data)
{
    auto decoded = decode(data);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded->first;
    CsvTable table;
    table.encoding = decoded->second;
    table.separator = detectSeparator(text);

    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            records.append(record);
        record = CsvRecord{line + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                // A CRLF inside a quoted field is one line break.
                if (!(c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n'))
                    field.append(c == u'\r' ? QChar(u'\n') : c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear(); // spaces before an opening quote are not part of the value
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return Error::invalid(
            tr("line %1: a quoted field is never closed (a \" is missing)").arg(quoteLine));
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();

    if (records.isEmpty())
        return Error::invalid(tr("The file is empty: it needs a header line and records."));
    table.header = records.takeFirst().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    table.records = records;
    return table;
}

} // namespace sf
