// SPDX-License-Identifier: MIT
#include "ui/NavigationSidebar.h"

#include "ui/SidebarIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

constexpr int kWidth = 224;
constexpr int kRowHeight = 44;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(kWidth);

    auto *logo = new QLabel(this);
    logo->setPixmap(SidebarIcons::appLogo(34));
    auto *name = new QLabel(QStringLiteral("SalesFlow"), this);
    name->setObjectName(QStringLiteral("appName"));
    auto *tagline = new QLabel(tr("Process-driven sales"), this);
    tagline->setObjectName(QStringLiteral("appTagline"));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(name);
    titles->addWidget(tagline);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(18, 20, 12, 18);
    header->setSpacing(10);
    header->addWidget(logo);
    header->addLayout(titles, 1);

    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Pages"));

    m_footer->setObjectName(QStringLiteral("sidebarFooter"));
    m_footer->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    auto *listMargins = new QVBoxLayout;
    listMargins->setContentsMargins(12, 0, 12, 0);
    listMargins->addWidget(m_list);
    layout->addLayout(listMargins, 1);
    auto *footerMargins = new QVBoxLayout;
    footerMargins->setContentsMargins(20, 8, 16, 14);
    footerMargins->addWidget(m_footer);
    layout->addLayout(footerMargins);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT currentChanged(row);
    });
}

void NavigationSidebar::addPage(const QString &title, const QIcon &icon, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setSizeHint(QSize(0, kRowHeight));
    item->setToolTip(toolTip);
}

int NavigationSidebar::currentIndex() const
{
    return m_list->currentRow();
}

void NavigationSidebar::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

void NavigationSidebar::setFooter(const QString &text)
{
    m_footer->setText(text);
}

} // namespace sf::ui
