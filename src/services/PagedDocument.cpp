// SPDX-License-Identifier: MIT
#include "services/PagedDocument.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace sf {

Status PagedDocument::paint(QTextDocument &document, const QString &header,
                            QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(tr("Cannot start printing."));
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal headerHeight = page.height() * 0.05;
    // Layout in points scaled to the device: text keeps its size at any resolution.
    const qreal scale = device.logicalDpiX() / 72.0;
    document.setPageSize(QSizeF(page.width() / scale, (page.height() - headerHeight) / scale));
    const int pages = document.pageCount();
    const QSizeF content = document.pageSize();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        QFont small = painter.font();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(0x64, 0x74, 0x8b));
        painter.drawText(QRectF(0, 0, page.width(), headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         header);
        painter.drawText(QRectF(0, 0, page.width(), headerHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
        painter.save();
        painter.translate(0, headerHeight);
        painter.scale(scale, scale);
        painter.translate(0, -p * content.height());
        document.drawContents(&painter,
                              QRectF(0, p * content.height(), content.width(), content.height()));
        painter.restore();
    }
    painter.end();
    return Ok{};
}

Status PagedDocument::writePdf(QTextDocument &document, const QString &header, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(header);
        writer.setCreator(QStringLiteral("SalesFlow"));
        if (auto painted = paint(document, header, writer); !painted)
            return Error::invalid(tr("Cannot write %1.").arg(path));
    }
    if (QFileInfo(path).size() <= 0)
        return Error::invalid(tr("Cannot write %1.").arg(path));
    return Ok{};
}

} // namespace sf
