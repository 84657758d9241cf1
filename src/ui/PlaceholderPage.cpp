// SPDX-License-Identifier: MIT
#include "ui/PlaceholderPage.h"

#include "ui/PageHeader.h"
#include "ui/ProcessStageStrip.h"
#include "ui/SidebarIcons.h"
#include "ui/Theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kIconSize = 52;

QFrame *makeCard(QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setProperty("card", true);
    return card;
}

QLabel *makeSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

// The page's icon in a soft accent circle.
QPixmap badgePixmap(const QString &key)
{
    const qreal ratio = 2.0;
    QPixmap pixmap(qRound(kIconSize * ratio), qRound(kIconSize * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(colors::accentSoft));
    painter.drawEllipse(QRectF(0, 0, kIconSize, kIconSize));
    const int glyph = 28;
    const int offset = (kIconSize - glyph) / 2;
    painter.drawPixmap(offset, offset,
                       SidebarIcons::pagePixmap(key, QColor::fromRgb(colors::accent), glyph));
    return pixmap;
}

// A borderless grid with the card's spacing, inside a widget of its own.
QGridLayout *makeGrid(QWidget *box)
{
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    return grid;
}

QWidget *makePoints(const QStringList &points, QWidget *parent)
{
    auto *box = new QWidget(parent);
    QGridLayout *grid = makeGrid(box);
    grid->setColumnStretch(1, 1);
    for (int row = 0; row < points.size(); ++row) {
        auto *bullet = new QLabel(QStringLiteral("●"), box);
        bullet->setStyleSheet(QStringLiteral("color: #2563eb; font-size: 8px;"));
        auto *text = new QLabel(points.at(row), box);
        text->setWordWrap(true);
        grid->addWidget(bullet, row, 0, Qt::AlignTop | Qt::AlignHCenter);
        grid->addWidget(text, row, 1);
    }
    // Align the bullet with the first line of its text.
    for (int row = 0; row < points.size(); ++row)
        grid->itemAtPosition(row, 0)->widget()->setContentsMargins(0, 5, 0, 0);
    return box;
}

QWidget *makeRules(const QStringList &rules, QWidget *parent)
{
    auto *box = new QWidget(parent);
    QGridLayout *grid = makeGrid(box);
    const int columns = rules.size() > 3 ? 2 : 1;
    const int rows = int((rules.size() + columns - 1) / columns);
    for (int i = 0; i < rules.size(); ++i) {
        const int row = i % rows;
        const int column = (i / rows) * 2;
        auto *chip = new QLabel(rules.at(i), box);
        chip->setProperty("chip", true);
        chip->setAlignment(Qt::AlignCenter);
        chip->setMinimumWidth(44);
        auto *summary = new QLabel(PageCatalogue::ruleSummary(rules.at(i)), box);
        grid->addWidget(chip, row, column);
        grid->addWidget(summary, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
    }
    return box;
}

} // namespace

PlaceholderPage::PlaceholderPage(const PageInfo &info, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(info.key);
    // Scrolls rather than forcing a minimum window size on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *root = new QVBoxLayout(content);
    root->setContentsMargins(32, 26, 32, 24);
    root->setSpacing(18);
    root->addWidget(new PageHeader(info.title, info.subtitle, content));

    auto *processCard = makeCard(content);
    auto *processLayout = new QVBoxLayout(processCard);
    processLayout->setContentsMargins(24, 18, 24, 20);
    processLayout->setSpacing(12);
    processLayout->addWidget(makeSectionTitle(
        info.stage > 0 ? tr("Where this page sits in the sales process")
                       : tr("The sales process this page follows across all four stages"),
        processCard));
    processLayout->addWidget(new ProcessStageStrip(info.stage, processCard));
    root->addWidget(processCard);

    auto *card = makeCard(content);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 22);
    layout->setSpacing(14);

    auto *icon = new QLabel(card);
    icon->setPixmap(badgePixmap(info.key));
    icon->setFixedSize(kIconSize, kIconSize);
    auto *soon = new QLabel(tr("Coming in a later release"), card);
    soon->setProperty("chip", QStringLiteral("soon"));
    auto *heading = makeSectionTitle(tr("What this page will hold"), card);
    auto *headingColumn = new QVBoxLayout;
    headingColumn->setSpacing(6);
    headingColumn->addWidget(soon, 0, Qt::AlignLeft);
    headingColumn->addWidget(heading);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(headingColumn, 1);
    layout->addLayout(top);
    layout->addWidget(makePoints(info.points, card));

    auto *separator = new QFrame(card);
    separator->setObjectName(QStringLiteral("separator"));
    separator->setFixedHeight(1);
    layout->addSpacing(4);
    layout->addWidget(separator);
    layout->addSpacing(4);
    if (info.rules.isEmpty()) {
        layout->addWidget(makeSectionTitle(tr("Rules"), card));
        auto *none = new QLabel(tr("The standard names this stage without numbered rules; it "
                                   "closes the loop by feeding renewals back into stage 2."),
                                card);
        none->setProperty("tone", QStringLiteral("note"));
        none->setWordWrap(true);
        layout->addWidget(none);
    } else {
        layout->addWidget(makeSectionTitle(tr("Rules it will enforce"), card));
        layout->addWidget(makeRules(info.rules, card));
    }
    root->addWidget(card);
    root->addStretch(1);
    scroll->setWidget(content);
}

} // namespace sf::ui
