// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace sf {

// A rich-text document laid out on pages, each headed with a line of text on the left and
// "Page N of M" on the right: the printed review pack and a drafted contract. Needs a
// QGuiApplication (fonts).
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    // Paints `document` (its content set; its page size is set here) on `device`, a QPdfWriter
    // or a QPrinter.
    static Status paint(QTextDocument &document, const QString &header, QPagedPaintDevice &device);
    // Writes it as an A4 PDF file with 15 mm margins.
    static Status writePdf(QTextDocument &document, const QString &header, const QString &path);
};

} // namespace sf
