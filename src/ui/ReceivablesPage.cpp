// SPDX-License-Identifier: MIT
#include "ui/ReceivablesPage.h"

#include "core/Money.h"
#include "services/PaymentService.h"
#include "services/ReceivablesExport.h"
#include "services/Workspace.h"
#include "ui/PageCatalogue.h"
#include "ui/PageHeader.h"
#include "ui/ReceivablesModel.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace sf::ui {
namespace {

using Model = ReceivablesModel;

const QString kGroupingSetting = QStringLiteral("receivables/grouping");
// Above this many lines only the first groups start expanded.
constexpr qsizetype kExpandAllLines = 1000;
constexpr int kExpandedGroups = 12;

QString yuan(qint64 fen)
{
    return QStringLiteral("¥") + money::yuanText(fen);
}

// A tile's amount: exact below a million yuan; above, in 万 (ten thousands) on a Chinese desktop
// as Chinese finance writes it (¥3,304.80万), in millions otherwise (¥33.05M), so that seven
// tiles fit beside each other. The exact amount is in the tooltip. For display only.
QString tileAmount(qint64 fen)
{
    constexpr qint64 kMillionYuan = 100'000'000;
    if (fen < kMillionYuan)
        return yuan(fen);
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("¥%1万").arg(locale.toString(double(fen) / 1'000'000.0, 'f', 2));
    return QStringLiteral("¥%1M").arg(locale.toString(double(fen) / 100'000'000.0, 'f', 2));
}

QSortFilterProxyModel *sortedModel(Model *model, QObject *parent)
{
    auto *sorted = new QSortFilterProxyModel(parent);
    sorted->setSourceModel(model);
    sorted->setSortRole(Model::SortRole);
    sorted->setSortLocaleAware(true);
    return sorted;
}

void setUpTree(QTreeView *view, QSortFilterProxyModel *model)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    // The model's own order (the most overdue first) until a header is clicked.
    view->header()->setSortIndicatorClearable(true);
    view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(Model::CustomerColumn, QHeaderView::Stretch);
    view->setColumnWidth(Model::ContractColumn, 130);
    view->setColumnWidth(Model::CustomerIdColumn, 92);
    view->setColumnWidth(Model::OwnerColumn, 64);
    view->setColumnWidth(Model::DueColumn, 88);
    for (int column = Model::AmountColumn; column <= Model::OverdueColumn; ++column)
        view->setColumnWidth(column, 106);
    view->setColumnWidth(Model::DaysColumn, 76);
    view->setColumnWidth(Model::AgeingColumn, 96);
}

} // namespace

ReceivablesPage::ReceivablesPage(Workspace &workspace, const PageInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_asOf(new QDateEdit(this))
    , m_grouping(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_dueSoonTitle(new QLabel(this))
    , m_model(new Model(this))
    , m_dueSoonModel(new Model(this))
    , m_sorted(sortedModel(m_model, this))
    , m_dueSoonSorted(sortedModel(m_dueSoonModel, this))
    , m_tree(new QTreeView(this))
    , m_dueSoon(new QTreeView(this))
{
    setObjectName(info.key);
    m_asOf->setObjectName(QStringLiteral("receivablesAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMinimumWidth(130);
    m_asOf->setDate(m_workspace.today());
    m_asOf->setToolTip(tr("Ageing is counted at this date (R16)"));
    m_grouping->setObjectName(QStringLiteral("receivablesGrouping"));
    m_grouping->addItem(tr("By customer"), int(ReceivablesGrouping::Customer));
    m_grouping->addItem(tr("By rep"), int(ReceivablesGrouping::Rep));
    m_grouping->addItem(tr("By ageing"), int(ReceivablesGrouping::Bucket));
    m_grouping->addItem(tr("Flat list"), int(ReceivablesGrouping::None));
    const int saved = m_grouping->findData(QSettings().value(kGroupingSetting).toInt());
    m_grouping->setCurrentIndex(saved < 0 ? 0 : saved);
    m_search->setObjectName(QStringLiteral("receivablesSearch"));
    m_search->setPlaceholderText(tr("Search contract, customer or rep"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_summary->setObjectName(QStringLiteral("receivablesSummary"));
    m_summary->setProperty("tone", QStringLiteral("note"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *today = new QPushButton(tr("Today"), this);
    today->setToolTip(tr("Age the receivables at today's date"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("receivablesExport"));
    exportButton->setProperty("role", QStringLiteral("primary"));
    exportButton->setToolTip(tr("Write the receivables and their summary to Excel (.xlsx) or CSV"));
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(new QLabel(tr("As of"), this));
    top->addWidget(m_asOf);
    top->addWidget(today);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Group by"), this));
    top->addWidget(m_grouping);
    top->addWidget(m_search, 1);
    top->addStretch();
    top->addWidget(exportButton);

    auto *tiles = new QWidget(this);
    buildTiles(tiles);

    m_tree->setObjectName(QStringLiteral("receivablesTree"));
    setUpTree(m_tree, m_sorted);
    m_dueSoon->setObjectName(QStringLiteral("receivablesDueSoon"));
    m_dueSoonModel->setGrouping(ReceivablesGrouping::None);
    m_dueSoonModel->setDueWithinWeekOnly(true);
    setUpTree(m_dueSoon, m_dueSoonSorted);
    m_dueSoon->setRootIsDecorated(false);
    m_dueSoon->setColumnHidden(Model::OverdueColumn, true);
    m_dueSoon->setColumnHidden(Model::DaysColumn, true);
    m_dueSoonTitle->setObjectName(QStringLiteral("sectionTitle"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 8, 0, 0);
    lowerLayout->setSpacing(6);
    lowerLayout->addWidget(m_dueSoonTitle);
    lowerLayout->addWidget(m_dueSoon, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 26, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(info.title, info.subtitle, this));
    layout->addLayout(top);
    layout->addWidget(tiles);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &ReceivablesPage::reload);
    connect(today, &QPushButton::clicked, this, [this] { m_asOf->setDate(m_workspace.today()); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kGroupingSetting, m_grouping->currentData().toInt());
        applyGrouping();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearch(text);
        m_dueSoonModel->setSearch(text);
        applyGrouping();
    });
    connect(exportButton, &QPushButton::clicked, this, &ReceivablesPage::chooseExportFile);
    connect(m_tree, &QTreeView::activated, this, &ReceivablesPage::activate);
    connect(m_dueSoon, &QTreeView::activated, this, &ReceivablesPage::activate);
    applyGrouping();
}

void ReceivablesPage::buildTiles(QWidget *row)
{
    struct Spec
    {
        QString name;
        QString caption;
        std::optional<AgeingBucket> bucket;
    };
    const std::array<Spec, TileCount> specs = {
        Spec{QStringLiteral("Outstanding"), tr("Outstanding"), {}},
        Spec{QStringLiteral("Overdue"), tr("Overdue"), {}},
        Spec{QStringLiteral("Days1To30"), ContractRules::bucketName(AgeingBucket::Days1To30),
             AgeingBucket::Days1To30},
        Spec{QStringLiteral("Days31To60"), ContractRules::bucketName(AgeingBucket::Days31To60),
             AgeingBucket::Days31To60},
        Spec{QStringLiteral("Days61To90"), ContractRules::bucketName(AgeingBucket::Days61To90),
             AgeingBucket::Days61To90},
        Spec{QStringLiteral("Over90"), ContractRules::bucketName(AgeingBucket::Over90),
             AgeingBucket::Over90},
        Spec{QStringLiteral("DueWithinWeek"), tr("Due within 7 days"), {}}};
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int tile = 0; tile < TileCount; ++tile) {
        const Spec &spec = specs.at(tile);
        auto *card = new QFrame(row);
        card->setObjectName(QStringLiteral("tile") + spec.name);
        card->setProperty("card", true);
        if (spec.bucket) {
            // The severity of the bucket, as the overdue lines are tinted.
            card->setStyleSheet(
                QStringLiteral("QFrame#%1 { border-left: 4px solid %2; }")
                    .arg(card->objectName(), ReceivablesModel::severityColor(spec.bucket)
                                                 .darker(tile == Over90Tile ? 130 : 115)
                                                 .name()));
        }
        auto *caption = new QLabel(spec.caption, card);
        caption->setStyleSheet(QStringLiteral("color: #64748b; font-size: 12px;"));
        auto *value = new QLabel(card);
        value->setObjectName(QStringLiteral("receivables") + spec.name);
        const bool alarm = tile != OutstandingTile && tile != DueWithinWeekTile;
        value->setStyleSheet(
            QStringLiteral("font-size: 17px; font-weight: 600; color: %1;")
                .arg(alarm ? QStringLiteral("#b42318") : QStringLiteral("#0f172a")));
        auto *detail = new QLabel(card);
        detail->setStyleSheet(QStringLiteral("color: #64748b; font-size: 11px;"));
        // The detail line may be cut in a narrow window, never widen it.
        detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *inner = new QVBoxLayout(card);
        inner->setContentsMargins(12, 8, 12, 8);
        inner->setSpacing(2);
        inner->addWidget(caption);
        inner->addWidget(value);
        inner->addWidget(detail);
        layout->addWidget(card, 1);
        m_tileValues.at(tile) = value;
        m_tileDetails.at(tile) = detail;
    }
}

QString ReceivablesPage::tileText(Tile tile) const
{
    return m_tileValues.at(tile)->text();
}

void ReceivablesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // payments may have been recorded since
}

void ReceivablesPage::showAsOf(QDate asOf)
{
    if (asOf == m_asOf->date())
        reload();
    else
        m_asOf->setDate(asOf);
}

void ReceivablesPage::setGrouping(ReceivablesGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void ReceivablesPage::reload()
{
    auto report = m_workspace.payments().receivables(m_asOf->date());
    if (!report) {
        m_model->setReport({});
        m_dueSoonModel->setReport({});
        m_summary->setText(report.error().message);
        return;
    }
    m_model->setReport(*report);
    m_dueSoonModel->setReport(*report);
    updateTiles();
    applyGrouping();
}

void ReceivablesPage::updateTiles()
{
    const ReceivablesReport &report = m_model->report();
    std::array<int, TileCount> counts{};
    QSet<QString> contracts;
    for (const Receivable &line : report.lines) {
        ++counts.at(OutstandingTile);
        contracts.insert(line.contractNumber);
        if (line.bucket) {
            ++counts.at(OverdueTile);
            ++counts.at(Days1To30Tile + int(*line.bucket));
        } else if (line.instalment.due <= report.asOf.addDays(7)) {
            ++counts.at(DueWithinWeekTile);
        }
    }
    const std::array<qint64, TileCount> fen = {report.outstandingFen,  report.overdueFen,
                                               report.bucketFen.at(0), report.bucketFen.at(1),
                                               report.bucketFen.at(2), report.bucketFen.at(3),
                                               report.dueWithinWeekFen};
    for (int tile = 0; tile < TileCount; ++tile) {
        m_tileValues.at(tile)->setText(tileAmount(fen.at(tile)));
        m_tileValues.at(tile)->setToolTip(yuan(fen.at(tile)));
        QString detail = tr("%n instalment(s)", nullptr, counts.at(tile));
        if (tile == OutstandingTile)
            detail = tr("%n contract(s)", nullptr, int(contracts.size())) + QStringLiteral(" · ") +
                     detail;
        else if (tile != DueWithinWeekTile && report.outstandingFen > 0)
            detail += QStringLiteral(" · %1%").arg(
                100.0 * double(fen.at(tile)) / double(report.outstandingFen), 0, 'f', 1);
        m_tileDetails.at(tile)->setText(detail);
        m_tileDetails.at(tile)->setToolTip(detail);
    }
}

void ReceivablesPage::updateSummary()
{
    const ReceivablesReport &report = m_model->report();
    const ReceivablesTotals &shown = m_model->shownTotals();
    QString text = tr("At %1: %n open instalment(s)", nullptr, int(report.lines.size()))
                       .arg(QLocale().toString(report.asOf, QLocale::LongFormat));
    if (shown.lines != report.lines.size())
        text += tr(" · %n shown, outstanding %1, overdue %2", nullptr, shown.lines)
                    .arg(yuan(shown.outstandingFen), yuan(shown.overdueFen));
    text += tr(" · double-click a line to open its customer");
    m_summary->setText(text);
    m_dueSoonTitle->setText(
        tr("Due within 7 days  (%1)").arg(m_dueSoonModel->shownLines()) +
        (m_dueSoonModel->shownLines()
             ? QStringLiteral("  ·  ") + yuan(m_dueSoonModel->shownTotals().outstandingFen)
             : QString()));
}

void ReceivablesPage::applyGrouping()
{
    const auto grouping = ReceivablesGrouping(m_grouping->currentData().toInt());
    m_model->setGrouping(grouping);
    m_tree->setRootIsDecorated(grouping != ReceivablesGrouping::None);
    // What the group row already says is not repeated on every line, so that the customer's name
    // and the amounts fit a 1280-pixel window; the customer id is in the group row (by customer),
    // its tooltip and the search.
    m_tree->setColumnHidden(Model::CustomerIdColumn, true);
    m_tree->setColumnHidden(Model::CustomerColumn, grouping == ReceivablesGrouping::Customer);
    m_tree->setColumnHidden(Model::OwnerColumn, grouping == ReceivablesGrouping::Rep);
    m_tree->setColumnHidden(Model::AgeingColumn, grouping == ReceivablesGrouping::Bucket);
    m_tree->header()->setSectionResizeMode(Model::ContractColumn,
                                           grouping == ReceivablesGrouping::Customer
                                               ? QHeaderView::Stretch
                                               : QHeaderView::Interactive);
    if (grouping != ReceivablesGrouping::Customer)
        m_tree->setColumnWidth(Model::ContractColumn,
                               grouping == ReceivablesGrouping::None ? 120 : 140);
    if (m_model->shownLines() <= kExpandAllLines) {
        m_tree->expandAll();
    } else {
        for (int row = 0; row < std::min(kExpandedGroups, m_sorted->rowCount()); ++row)
            m_tree->expand(m_sorted->index(row, 0));
    }
    updateSummary();
}

void ReceivablesPage::activate(const QModelIndex &index)
{
    const QString customerId = index.data(Model::CustomerIdRole).toString();
    if (!customerId.isEmpty())
        Q_EMIT openCustomer(customerId);
}

void ReceivablesPage::chooseExportFile()
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export receivables"),
        tr("receivables-%1.xlsx").arg(m_asOf->date().toString(Qt::ISODate)),
        xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    exportTo(path);
}

bool ReceivablesPage::exportTo(const QString &path)
{
    const auto written = ReceivablesExport::write(m_model->report(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export receivables"), written.error().message);
        return false;
    }
    m_summary->setText(tr("%n instalment(s) written to %1.", nullptr, int(*written))
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sf::ui
