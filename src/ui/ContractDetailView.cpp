// SPDX-License-Identifier: MIT
#include "ui/ContractDetailView.h"

#include "core/Money.h"
#include "services/ContractService.h"
#include "services/PaymentService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "ui/ContractTexts.h"
#include "ui/TableViews.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace sf::ui {
namespace {

const QString kMuted = QStringLiteral("#64748b");
const QString kRed = QStringLiteral("#b91c1c");
const QColor kRedColor(0xb9, 0x1c, 0x1c);
const QColor kGreenColor(0x15, 0x80, 0x3d);

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QTableWidget *detailTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    setUpTableView(table);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(30);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter
                                  : Qt::AlignLeft | Qt::AlignVCenter);
    item->setToolTip(text);
    return item;
}

} // namespace

ContractDetailView::ContractDetailView(Workspace &workspace, QWidget *parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
    , m_overview(new QTextBrowser(this))
    , m_scheduleTable(detailTable(
          QStringLiteral("contractSchedule"),
          {tr("Due"), tr("Amount"), tr("Paid"), tr("Outstanding"), tr("State"), tr("Note")}, this))
    , m_scheduleSummary(new QLabel(this))
    , m_payments(detailTable(
          QStringLiteral("contractPayments"),
          {tr("Received on"), tr("Amount"), tr("Reference"), tr("Recorded by"), tr("Recorded at")},
          this))
    , m_history(detailTable(QStringLiteral("contractHistory"),
                            {tr("When"), tr("Who"), tr("Action"), tr("Step"), tr("Comments")},
                            this))
    , m_attachments(new QListWidget(this))
    , m_openAttachment(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("contractDetail"));
    m_overview->setObjectName(QStringLiteral("contractOverview"));
    m_overview->setOpenLinks(false);
    m_scheduleSummary->setObjectName(QStringLiteral("contractScheduleSummary"));
    m_scheduleSummary->setWordWrap(true);
    m_attachments->setObjectName(QStringLiteral("contractAttachments"));
    m_openAttachment->setObjectName(QStringLiteral("openAttachment"));
    m_openAttachment->setToolTip(tr("Open the file with the program your desktop uses for it"));

    auto *schedulePage = new QWidget(this);
    auto *scheduleLayout = new QVBoxLayout(schedulePage);
    scheduleLayout->setContentsMargins(8, 8, 8, 8);
    scheduleLayout->addWidget(m_scheduleSummary);
    scheduleLayout->addWidget(m_scheduleTable, 1);

    auto *attachmentsPage = new QWidget(this);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsPage);
    attachmentsLayout->setContentsMargins(8, 8, 8, 8);
    attachmentsLayout->addWidget(m_attachments, 1);
    auto *attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(m_openAttachment);
    attachmentButtons->addStretch(1);
    attachmentsLayout->addLayout(attachmentButtons);

    addTab(m_overview, tr("Overview"));
    addTab(schedulePage, tr("Payment schedule"));
    addTab(m_payments, tr("Payments"));
    addTab(m_history, tr("Approval history"));
    addTab(attachmentsPage, tr("Attachments"));

    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("customer"))
            Q_EMIT openCustomer(url.path());
    });
    connect(m_attachments, &QListWidget::itemActivated, this, &ContractDetailView::openAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openAttachment->setEnabled(row >= 0); });
    connect(m_openAttachment, &QPushButton::clicked, this, &ContractDetailView::openAttachment);
    showContract(nullptr, std::nullopt);
}

QString ContractDetailView::userName(const QString &login) const
{
    return m_names.value(login, login);
}

void ContractDetailView::showContract(const Contract *contract,
                                      const std::optional<StepDeadline> &deadline)
{
    m_schedule.clear();
    if (!contract) {
        m_overview->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                                .arg(kMuted, tr("Select a contract to see its terms, payment "
                                                "schedule, payments and approval history.")));
        m_scheduleTable->setRowCount(0);
        m_scheduleSummary->clear();
        m_payments->setRowCount(0);
        m_history->setRowCount(0);
        m_attachments->clear();
        m_openAttachment->setEnabled(false);
        setTabText(PaymentsTab, tr("Payments"));
        setTabText(AttachmentsTab, tr("Attachments"));
        return;
    }
    m_zone = m_workspace.settings().timeZone();
    auto history = m_workspace.contracts().history(contract->id);
    const QList<ContractEvent> events = history ? *history : QList<ContractEvent>();
    m_overview->setHtml(overviewHtml(*contract, deadline, events));
    fillSchedule(*contract);
    fillPayments(*contract);
    fillHistory(events);
    fillAttachments(*contract);
}

QString ContractDetailView::overviewHtml(const Contract &c,
                                         const std::optional<StepDeadline> &deadline,
                                         const QList<ContractEvent> &events) const
{
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1 · %2</h3>")
                       .arg(escaped(c.number), escaped(c.title));
    html += QStringLiteral("<p><span style='color:%1'>%2</span> · %3 (%4) · %5 %6</p>")
                .arg(ContractTexts::statusColors(c.status).text.name(),
                     escaped(ContractRules::statusName(c.status)),
                     QStringLiteral("<a href='customer:%1'>%2</a>")
                         .arg(escaped(c.customerId), escaped(c.customerName)),
                     escaped(c.customerId), escaped(tr("drafted by")), escaped(userName(c.owner)));

    // R15: who approved each step and when; the pending step with its due time.
    auto actorOf = [&events](ApprovalStep step) {
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->step == step &&
                (it->action == QLatin1String("approved") || it->action == QLatin1String("signed")))
                return it->actor;
        }
        return QString();
    };
    struct Stage
    {
        QString name;
        std::optional<QDateTime> at;
        QString actor;
        std::optional<ApprovalStep> step;
    };
    const QList<Stage> stages = {
        {tr("Submitted"), c.submittedAt, c.submittedAt ? userName(c.owner) : QString(), {}},
        {ContractTexts::stepTitle(ApprovalStep::Legal), c.legalApprovedAt,
         userName(actorOf(ApprovalStep::Legal)), ApprovalStep::Legal},
        {ContractTexts::stepTitle(ApprovalStep::Finance), c.financeApprovedAt,
         userName(actorOf(ApprovalStep::Finance)), ApprovalStep::Finance},
        {ContractTexts::stepTitle(ApprovalStep::Manager), c.signedAt,
         userName(actorOf(ApprovalStep::Manager)), ApprovalStep::Manager},
    };
    html += QStringLiteral("<table cellspacing='0' cellpadding='6' width='100%'><tr>");
    for (const Stage &stage : stages) {
        QString body;
        QString colour = kMuted;
        if (stage.at) {
            colour = kGreenColor.name();
            body = QStringLiteral("✓ %1<br><span style='color:%2'>%3</span>")
                       .arg(escaped(stage.name), kMuted,
                            escaped(ContractTexts::time(*stage.at, m_zone) + u' ' + stage.actor));
        } else if (deadline && stage.step == deadline->step) {
            colour = deadline->overdue ? kRed : QStringLiteral("#b45309");
            body = QStringLiteral("● %1<br>%2")
                       .arg(escaped(stage.name),
                            escaped(
                                deadline->overdue
                                    ? tr("overdue: was due by %1")
                                          .arg(ContractTexts::deadline(deadline->due))
                                    : tr("due by %1").arg(ContractTexts::deadline(deadline->due))));
        } else {
            body = QStringLiteral("○ %1").arg(escaped(stage.name));
        }
        html += QStringLiteral("<td style='color:%1; border-top:3px solid %1'>%2</td>")
                    .arg(colour, body);
    }
    html += QStringLiteral("</tr></table>");

    auto line = [&html](const QString &label, const QString &value, bool core) {
        const QString shown = value.trimmed().isEmpty()
                                  ? QStringLiteral("<span style='color:%1'>%2</span>")
                                        .arg(core ? QStringLiteral("#b45309") : kMuted,
                                             escaped(core ? tr("missing (R14)") : tr("not set")))
                                  : escaped(value);
        html += QStringLiteral("<p><span style='color:%1'>%2</span><br>%3</p>")
                    .arg(kMuted, escaped(label), shown);
    };
    line(tr("Price"), c.priceFen > 0 ? ContractTexts::amount(c.priceFen, c.currency) : QString(),
         true);
    line(tr("Products / services"), c.products, true);
    line(tr("Delivery period"), c.delivery, true);
    line(tr("Payment terms"), c.paymentTerms, true);
    line(tr("Liability for breach"), c.liability, true);
    line(tr("Term"),
         c.start.isValid() || c.end.isValid()
             ? tr("%1 to %2").arg(ContractTexts::date(c.start), ContractTexts::date(c.end))
             : QString(),
         false);
    if (c.imported)
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(kMuted, escaped(tr("Imported as signed from an earlier system.")));
    html +=
        QStringLiteral("<p style='color:%1'>%2</p>")
            .arg(kMuted,
                 escaped(tr("Last changed %1 by %2 · version %3")
                             .arg(ContractTexts::time(c.updatedAt, m_zone), userName(c.updatedBy))
                             .arg(c.version)));
    return html;
}

void ContractDetailView::fillSchedule(const Contract &contract)
{
    auto schedule = m_workspace.contracts().schedule(contract.id);
    m_schedule = schedule ? *schedule : QList<Instalment>();
    const QDate today = m_workspace.today();
    m_scheduleTable->setRowCount(int(m_schedule.size()));
    qint64 total = 0;
    qint64 paid = 0;
    qint64 overdue = 0;
    for (int row = 0; row < m_schedule.size(); ++row) {
        const Instalment &instalment = m_schedule.at(row);
        total += instalment.amountFen;
        paid += instalment.paidFen;
        const int days = ContractRules::daysOverdue(instalment.due, today);
        const bool late =
            days > 0 && instalment.outstandingFen() > 0 && isSignedStatus(contract.status);
        if (late)
            overdue += instalment.outstandingFen();
        m_scheduleTable->setItem(row, 0, cell(ContractTexts::date(instalment.due)));
        m_scheduleTable->setItem(row, 1, cell(money::yuanText(instalment.amountFen), true));
        m_scheduleTable->setItem(row, 2, cell(money::yuanText(instalment.paidFen), true));
        m_scheduleTable->setItem(row, 3, cell(money::yuanText(instalment.outstandingFen()), true));
        QTableWidgetItem *state = nullptr;
        if (instalment.outstandingFen() == 0) {
            state = cell(tr("Paid", "instalment state: paid in full"));
            state->setForeground(kGreenColor);
        } else if (late) {
            state = cell(tr("Overdue %n day(s)", nullptr, days));
            state->setForeground(kRedColor);
            m_scheduleTable->item(row, 0)->setForeground(kRedColor);
        } else {
            state = cell(instalment.paidFen > 0 ? tr("Partly paid")
                                                : tr("Open", "instalment state: nothing paid yet"));
        }
        m_scheduleTable->setItem(row, 4, state);
        m_scheduleTable->setItem(row, 5, cell(instalment.note));
    }
    if (m_schedule.isEmpty()) {
        m_scheduleSummary->setText(
            tr("No payment schedule yet: the rep adds its instalments when editing the contract "
               "(R16)."));
        return;
    }
    QString summary = tr("%n instalment(s) · total %1 · paid %2 · outstanding %3", nullptr,
                         int(m_schedule.size()))
                          .arg(ContractTexts::amount(total, contract.currency),
                               ContractTexts::amount(paid, contract.currency),
                               ContractTexts::amount(total - paid, contract.currency));
    if (overdue > 0)
        summary +=
            tr(" · of which overdue %1").arg(ContractTexts::amount(overdue, contract.currency));
    if (total != contract.priceFen)
        summary += tr(" · does not add up to the price %1")
                       .arg(ContractTexts::amount(contract.priceFen, contract.currency));
    m_scheduleSummary->setText(summary);
    m_scheduleSummary->setStyleSheet(overdue > 0 ? QStringLiteral("color: #b91c1c;") : QString());
}

QString ContractDetailView::scheduleSummary() const
{
    return m_scheduleSummary->text();
}

void ContractDetailView::fillPayments(const Contract &contract)
{
    auto payments = m_workspace.payments().payments(contract.number);
    const QList<Payment> list = payments ? *payments : QList<Payment>();
    m_payments->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Payment &payment = list.at(row);
        m_payments->setItem(row, 0, cell(ContractTexts::date(payment.receivedOn)));
        m_payments->setItem(row, 1, cell(money::yuanText(payment.amountFen), true));
        m_payments->setItem(row, 2, cell(payment.reference));
        m_payments->setItem(row, 3, cell(userName(payment.recordedBy)));
        m_payments->setItem(row, 4, cell(ContractTexts::time(payment.recordedAt, m_zone)));
    }
    setTabText(PaymentsTab, list.isEmpty() ? tr("Payments") : tr("Payments (%1)").arg(list.size()));
}

void ContractDetailView::fillHistory(const QList<ContractEvent> &events)
{
    m_history->setRowCount(int(events.size()));
    // Newest first: a rejection's comments are what the rep reads first.
    for (int i = 0; i < events.size(); ++i) {
        const ContractEvent &event = events.at(events.size() - 1 - i);
        m_history->setItem(i, 0, cell(ContractTexts::time(event.at, m_zone)));
        m_history->setItem(i, 1, cell(userName(event.actor)));
        QTableWidgetItem *action = cell(ContractTexts::action(event.action));
        if (event.action == QLatin1String("rejected") || event.action == QLatin1String("reset"))
            action->setForeground(kRedColor);
        else if (event.action == QLatin1String("approved") ||
                 event.action == QLatin1String("signed"))
            action->setForeground(kGreenColor);
        m_history->setItem(i, 2, action);
        m_history->setItem(i, 3,
                           cell(event.step ? ContractTexts::stepTitle(*event.step) : QString()));
        m_history->setItem(i, 4, cell(event.comment));
    }
}

void ContractDetailView::fillAttachments(const Contract &contract)
{
    m_attachments->clear();
    for (const QString &path : contract.attachments) {
        const QFileInfo file(path);
        auto *item =
            new QListWidgetItem(file.fileName().isEmpty() ? path : file.fileName(), m_attachments);
        item->setData(Qt::UserRole, path);
        item->setToolTip(file.exists() ? path : tr("%1 (not found on this computer)").arg(path));
        if (!file.exists())
            item->setForeground(QColor(0x94, 0xa3, 0xb8));
    }
    m_openAttachment->setEnabled(false);
    setTabText(AttachmentsTab, contract.attachments.isEmpty()
                                   ? tr("Attachments")
                                   : tr("Attachments (%1)").arg(contract.attachments.size()));
}

void ContractDetailView::openAttachment()
{
    const QListWidgetItem *item = m_attachments->currentItem();
    if (!item)
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
}

} // namespace sf::ui
