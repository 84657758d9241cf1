// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "services/PaymentService.h"

#include <QCoreApplication>
#include <QString>

namespace sf {

// Writes a receivables report (R16) for finance to work on in Excel:
// - XLSX: a sheet of the open instalments (contract, customer, owner, due date, amount, paid,
//   outstanding as numbers in yuan with a "¥#,##0.00" format, days overdue, ageing bucket) with
//   a filter on its header, and a summary sheet (totals, per bucket, per customer, per rep);
// - CSV (UTF-8 with BOM, so Excel opens it): the instalments only, amounts as plain numbers.
// Headers and names follow the program's language. The file is written to a temporary name and
// moved into place when complete.
class ReceivablesExport
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesExport)

public:
    // The format follows the file name: .xlsx or .csv. Returns how many instalments were written.
    static Result<qint64> write(const ReceivablesReport &report, const QString &path);
};

} // namespace sf
