// SPDX-License-Identifier: MIT
#include "services/ReceivablesExport.h"

#include "core/Money.h"
#include "services/ExportFile.h"
#include "services/ReceivablesSummary.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>
#include <xlsxwriter.h>

namespace sf {
namespace {

// XLSX sheets hold 1,048,576 rows, one of them the header.
constexpr qint64 kMaxXlsxRows = 1048575;

// The columns of the instalment sheet (and of the CSV file).
enum Column {
    ContractColumn,
    CustomerIdColumn,
    CustomerColumn,
    OwnerColumn,
    DueColumn,
    AmountColumn,
    PaidColumn,
    OutstandingColumn,
    DaysColumn,
    BucketColumn,
    CurrencyColumn,
    ColumnCount
};

QStringList instalmentHeader()
{
    return {ReceivablesExport::tr("Contract"),     ReceivablesExport::tr("Customer id"),
            ReceivablesExport::tr("Customer"),     ReceivablesExport::tr("Owner"),
            ReceivablesExport::tr("Due date"),     ReceivablesExport::tr("Amount"),
            ReceivablesExport::tr("Paid"),         ReceivablesExport::tr("Outstanding"),
            ReceivablesExport::tr("Days overdue"), ReceivablesExport::tr("Ageing"),
            ReceivablesExport::tr("Currency")};
}

// The texts of one instalment, amounts as plain numbers ("12345.60"), for CSV.
QStringList instalmentTexts(const Receivable &line)
{
    const auto plain = [](qint64 fen) {
        return money::yuanText(fen).remove(u',');
    };
    return {line.contractNumber,
            line.customerId,
            line.customerName,
            ReceivablesSummary::ownerName(line),
            line.instalment.due.toString(Qt::ISODate),
            plain(line.instalment.amountFen),
            plain(line.instalment.paidFen),
            plain(line.instalment.outstandingFen()),
            QString::number(line.daysOverdue),
            ReceivablesSummary::ageingName(line),
            line.currency};
}

Result<qint64> writeCsv(const ReceivablesReport &report, const QString &path)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly) &&
              file.write(exportFile::kUtf8Bom) == qint64(sizeof exportFile::kUtf8Bom) - 1;
    const auto put = [&](const QByteArray &bytes) {
        ok = ok && file.write(bytes) == bytes.size();
    };
    put(exportFile::csvLine(instalmentHeader()));
    for (const Receivable &line : report.lines)
        put(exportFile::csvLine(instalmentTexts(line)));
    if (!ok || !file.commit())
        return Error::invalid(ReceivablesExport::tr("Cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return qint64(report.lines.size());
}

// The workbook of the export with its cell formats; a cell that cannot be written fails the
// commit.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_file(path)
        , m_book(m_file.book())
    {
        if (!m_book)
            return;
        bold = workbook_add_format(m_book);
        format_set_bold(bold);
        title = workbook_add_format(m_book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        yuan = workbook_add_format(m_book);
        format_set_num_format(yuan, "\"\xC2\xA5\"#,##0.00");
        boldYuan = workbook_add_format(m_book);
        format_set_num_format(boldYuan, "\"\xC2\xA5\"#,##0.00");
        format_set_bold(boldYuan);
        date = workbook_add_format(m_book);
        format_set_num_format(date, "yyyy-mm-dd");
    }
    Q_DISABLE_COPY_MOVE(Workbook)

    bool isOpen() const { return m_book != nullptr; }
    lxw_worksheet *addSheet(const QString &name)
    {
        return workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    }
    void text(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QString &value,
              lxw_format *format = nullptr)
    {
        if (!value.isEmpty())
            check(worksheet_write_string(sheet, row, column, value.toUtf8().constData(), format));
    }
    // Money goes into the cell as a number of yuan: the only place it is ever a double.
    void money(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, qint64 fen,
               lxw_format *format)
    {
        check(worksheet_write_number(sheet, row, column, double(fen) / 100.0, format));
    }
    void number(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, qint64 value)
    {
        check(worksheet_write_number(sheet, row, column, double(value), nullptr));
    }
    void day(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, QDate value)
    {
        if (!value.isValid())
            return;
        lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0.0};
        check(worksheet_write_datetime(sheet, row, column, &when, date));
    }
    bool commit() { return m_file.commit(m_ok); }

    lxw_format *bold = nullptr;
    lxw_format *title = nullptr;
    lxw_format *yuan = nullptr;
    lxw_format *boldYuan = nullptr;
    lxw_format *date = nullptr;

private:
    void check(lxw_error error) { m_ok = m_ok && error == LXW_NO_ERROR; }

    exportFile::XlsxFile m_file;
    lxw_workbook *m_book = nullptr;
    bool m_ok = true;
};

void writeInstalments(Workbook &book, lxw_worksheet *sheet, const ReceivablesReport &report)
{
    const QStringList header = instalmentHeader();
    for (lxw_col_t column = 0; column < ColumnCount; ++column)
        book.text(sheet, 0, column, header.at(column), book.bold);
    worksheet_set_column(sheet, ContractColumn, ContractColumn, 16, nullptr);
    worksheet_set_column(sheet, CustomerIdColumn, CustomerIdColumn, 12, nullptr);
    worksheet_set_column(sheet, CustomerColumn, CustomerColumn, 32, nullptr);
    worksheet_set_column(sheet, OwnerColumn, OwnerColumn, 12, nullptr);
    worksheet_set_column(sheet, DueColumn, DueColumn, 12, nullptr);
    worksheet_set_column(sheet, AmountColumn, OutstandingColumn, 15, nullptr);
    worksheet_set_column(sheet, DaysColumn, DaysColumn, 11, nullptr);
    worksheet_set_column(sheet, BucketColumn, BucketColumn, 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const Receivable &line : report.lines) {
        const QStringList texts = instalmentTexts(line);
        for (const Column column : {ContractColumn, CustomerIdColumn, CustomerColumn, OwnerColumn,
                                    BucketColumn, CurrencyColumn})
            book.text(sheet, row, column, texts.at(column));
        book.day(sheet, row, DueColumn, line.instalment.due);
        book.money(sheet, row, AmountColumn, line.instalment.amountFen, book.yuan);
        book.money(sheet, row, PaidColumn, line.instalment.paidFen, book.yuan);
        book.money(sheet, row, OutstandingColumn, line.instalment.outstandingFen(), book.yuan);
        book.number(sheet, row, DaysColumn, line.daysOverdue);
        ++row;
    }
    worksheet_autofilter(sheet, 0, 0, row - 1, ColumnCount - 1);
}

// A table of group totals under a heading: `names` columns of text, then the instalment count,
// outstanding, overdue and the four buckets. Returns the row after it.
lxw_row_t writeGroups(Workbook &book, lxw_worksheet *sheet, lxw_row_t row, const QString &heading,
                      const QStringList &names, const QList<ReceivablesGroup> &groups,
                      const std::function<QStringList(const ReceivablesGroup &)> &texts)
{
    book.text(sheet, row++, 0, heading, book.title);
    QStringList header = names;
    header << ReceivablesExport::tr("Instalments") << ReceivablesExport::tr("Outstanding")
           << ReceivablesExport::tr("Overdue");
    for (const AgeingBucket bucket : allAgeingBuckets())
        header << ContractRules::bucketName(bucket);
    for (qsizetype column = 0; column < header.size(); ++column)
        book.text(sheet, row, lxw_col_t(column), header.at(column), book.bold);
    ++row;
    const auto first = lxw_col_t(names.size());
    for (const ReceivablesGroup &group : groups) {
        const QStringList values = texts(group);
        for (qsizetype column = 0; column < values.size(); ++column)
            book.text(sheet, row, lxw_col_t(column), values.at(column));
        book.number(sheet, row, first, group.totals.lines);
        book.money(sheet, row, first + 1, group.totals.outstandingFen, book.yuan);
        book.money(sheet, row, first + 2, group.totals.overdueFen, book.yuan);
        for (std::size_t bucket = 0; bucket < 4; ++bucket)
            book.money(sheet, row, first + 3 + lxw_col_t(bucket), group.totals.bucketFen.at(bucket),
                       book.yuan);
        ++row;
    }
    return row + 1;
}

void writeSummary(Workbook &book, lxw_worksheet *sheet, const ReceivablesReport &report)
{
    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, 32, nullptr);
    worksheet_set_column(sheet, 2, 8, 15, nullptr);
    book.text(sheet, 0, 0,
              ReceivablesExport::tr("Receivables at %1").arg(report.asOf.toString(Qt::ISODate)),
              book.title);
    book.text(sheet, 1, 0,
              ReceivablesExport::tr("%n open instalment(s)", nullptr, int(report.lines.size())));
    QList<std::pair<QString, qint64>> totals = {
        {ReceivablesExport::tr("Outstanding"), report.outstandingFen},
        {ReceivablesExport::tr("Overdue"), report.overdueFen}};
    for (const AgeingBucket bucket : allAgeingBuckets())
        totals.append({ReceivablesExport::tr("Overdue %1").arg(ContractRules::bucketName(bucket)),
                       report.bucketFen.at(std::size_t(bucket))});
    totals.append({ReceivablesExport::tr("Due within 7 days"), report.dueWithinWeekFen});
    totals.append(
        {ReceivablesExport::tr("Not yet due"), report.outstandingFen - report.overdueFen});
    lxw_row_t row = 3;
    for (const auto &[label, fen] : totals) {
        const bool headline = row < 5;
        book.text(sheet, row, 0, label, headline ? book.bold : nullptr);
        book.money(sheet, row, 1, fen, headline ? book.boldYuan : book.yuan);
        ++row;
    }
    ++row;
    row = writeGroups(book, sheet, row, ReceivablesExport::tr("By customer"),
                      {ReceivablesExport::tr("Customer id"), ReceivablesExport::tr("Customer")},
                      ReceivablesSummary::group(report.lines, ReceivablesGrouping::Customer),
                      [&report](const ReceivablesGroup &group) {
                          const Receivable &line = report.lines.at(group.lines.first());
                          return QStringList{line.customerId, line.customerName};
                      });
    writeGroups(book, sheet, row, ReceivablesExport::tr("By rep"),
                {ReceivablesExport::tr("Login"), ReceivablesExport::tr("Owner")},
                ReceivablesSummary::group(report.lines, ReceivablesGrouping::Rep),
                [](const ReceivablesGroup &group) {
                    return QStringList{group.key, group.label};
                });
}

Result<qint64> writeXlsx(const ReceivablesReport &report, const QString &path)
{
    if (report.lines.size() > kMaxXlsxRows)
        return Error::invalid(ReceivablesExport::tr("An XLSX sheet holds at most %1 rows; "
                                                    "export to CSV.")
                                  .arg(kMaxXlsxRows));
    Workbook book(path);
    if (!book.isOpen())
        return Error::invalid(
            ReceivablesExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    lxw_worksheet *instalments = book.addSheet(ReceivablesExport::tr("Instalments"));
    lxw_worksheet *summary = book.addSheet(ReceivablesExport::tr("Summary"));
    if (!instalments || !summary)
        return Error::invalid(
            ReceivablesExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    writeInstalments(book, instalments, report);
    writeSummary(book, summary, report);
    if (!book.commit())
        return Error::invalid(
            ReceivablesExport::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    return qint64(report.lines.size());
}

} // namespace

Result<qint64> ReceivablesExport::write(const ReceivablesReport &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(report, path);
    if (suffix == QLatin1String("csv"))
        return writeCsv(report, path);
    return Error::invalid(tr("Export to a file named .xlsx or .csv, not \"%1\".")
                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace sf
