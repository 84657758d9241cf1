// SPDX-License-Identifier: MIT
#include "services/CustomerExportService.h"

#include "core/Customer.h"
#include "core/CustomerCsv.h"
#include "services/ExportFile.h"
#include "services/ServiceContext.h"
#include "services/SettingsService.h"
#include "storage/CustomerListQuery.h"

#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace sf {
namespace {

// XLSX sheets hold 1,048,576 rows, one of them the header.
constexpr qint64 kMaxXlsxRows = 1048575;

QString fieldValue(const Customer &c, CustomerField field, const QTimeZone &zone)
{
    const Contact contact = c.contacts.isEmpty() ? Contact{} : c.contacts.first();
    switch (field) {
    case CustomerField::Id: return c.id;
    case CustomerField::Name: return c.name;
    case CustomerField::Industry: return c.industry;
    case CustomerField::Size: return c.companySize;
    case CustomerField::Needs: return c.needs;
    case CustomerField::ContactName: return contact.name;
    case CustomerField::ContactTitle: return contact.title;
    case CustomerField::ContactPhone: return contact.phone;
    case CustomerField::ContactEmail: return contact.email;
    case CustomerField::ContactWechat: return contact.wechat;
    case CustomerField::Source: return c.source;
    case CustomerField::FirstContact: return customerCsv::formatDateTime(c.firstContactAt, zone);
    case CustomerField::Region: return c.region;
    case CustomerField::Grade: return c.grade ? gradeKey(*c.grade) : QString();
    case CustomerField::Tags: return c.tags.join(u';');
    case CustomerField::Owner: return c.ownerLogin;
    case CustomerField::Status: return statusKey(c.status);
    case CustomerField::EnteredAt: return customerCsv::formatDateTime(c.enteredAt, zone);
    case CustomerField::GradedAt:
        // Only with a grade: an import refuses a grade time without one.
        return c.grade && c.gradedAt.isValid() ? customerCsv::formatDateTime(c.gradedAt, zone)
                                               : QString();
    }
    return {};
}

class CsvSink
{
public:
    explicit CsvSink(const QString &path)
        : m_file(path)
    {}
    bool open()
    {
        return m_file.open(QIODevice::WriteOnly) &&
               m_file.write(exportFile::kUtf8Bom) == qint64(sizeof exportFile::kUtf8Bom) - 1;
    }
    void row(const QStringList &fields)
    {
        const QByteArray line = exportFile::csvLine(fields);
        m_ok = m_ok && m_file.write(line) == line.size();
    }
    bool commit() { return m_ok && m_file.commit(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
    bool m_ok = true;
};

class XlsxSink
{
public:
    explicit XlsxSink(const QString &path)
        : m_file(path)
    {}
    bool open()
    {
        lxw_workbook *book = m_file.book();
        if (!book)
            return false;
        m_sheet = workbook_add_worksheet(book, nullptr);
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        return m_sheet != nullptr;
    }
    void row(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QByteArray utf8 = fields.at(i).toUtf8();
            if (!utf8.isEmpty() &&
                worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(i), utf8.constData(),
                                       m_row == 0 ? m_header : nullptr) != LXW_NO_ERROR)
                m_ok = false;
        }
        if (m_row == 0)
            worksheet_freeze_panes(m_sheet, 1, 0);
        ++m_row;
    }
    bool commit() { return m_file.commit(m_ok); }
    QString errorString() const { return QString(); }

private:
    exportFile::XlsxFile m_file;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_row_t m_row = 0;
    bool m_ok = true;
};

template<typename Sink>
Result<qint64> write(Sink &sink, const QString &path, const CustomerListQuery &query,
                     const QTimeZone &zone, qint64 maxRows)
{
    if (!sink.open())
        return Error::invalid(CustomerExportService::tr("Cannot write %1.").arg(path));
    QStringList header;
    const QList<CustomerField> fields = customerCsv::allFields();
    for (CustomerField field : fields)
        header << customerCsv::englishHeader(field);
    sink.row(header);
    qint64 count = 0;
    bool tooMany = false;
    QStringList values;
    auto status = query.forEachCustomer([&](const Customer &customer) {
        if (count == maxRows) {
            tooMany = true;
            return false;
        }
        values.clear();
        for (CustomerField field : fields)
            values << fieldValue(customer, field, zone);
        sink.row(values);
        ++count;
        return true;
    });
    if (!status)
        return status.error();
    if (tooMany)
        return Error::invalid(CustomerExportService::tr("An XLSX sheet holds at most %1 rows; "
                                                        "narrow the filter or export to CSV.")
                                  .arg(maxRows));
    if (!sink.commit())
        return Error::invalid(
            CustomerExportService::tr("Cannot write %1: %2").arg(path, sink.errorString()));
    return count;
}

} // namespace

Result<qint64> CustomerExportService::exportTo(const QString &path, const CustomerFilter &filter,
                                               const CustomerSort &sort)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const CustomerListQuery query(m_context.db, filter, sort, m_context.scope());
    const QTimeZone zone = m_settings.timeZone();
    if (suffix == QLatin1String("xlsx")) {
        XlsxSink sink(path);
        return write(sink, path, query, zone, kMaxXlsxRows);
    }
    if (suffix == QLatin1String("csv")) {
        CsvSink sink(path);
        return write(sink, path, query, zone, std::numeric_limits<qint64>::max());
    }
    return Error::invalid(tr("Export to a file named .csv or .xlsx, not \"%1\".").arg(path));
}

} // namespace sf
