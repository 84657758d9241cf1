// SPDX-License-Identifier: MIT
#include "ui/CustomerDialog.h"

#include "services/CustomerService.h"
#include "services/RegionService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "ui/CustomerTexts.h"
#include "ui/FieldMessage.h"
#include "ui_CustomerDialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace sf::ui {
namespace {

enum ContactColumn { KeyColumn, NameColumn, TitleColumn, PhoneColumn, EmailColumn, WechatColumn };
constexpr int kCheckDelayMs = 250;

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

CustomerDialog::CustomerDialog(Workspace &workspace, std::optional<Customer> existing,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDialog>())
    , m_workspace(workspace)
    , m_existing(std::move(existing))
    , m_checkTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(m_existing ? tr("Edit %1").arg(m_existing->id) : tr("New customer"));
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);

    if (auto regions = workspace.regions().list()) {
        for (const Region &region : *regions) {
            if (region.active || (m_existing && m_existing->region == region.code))
                m_ui->regionCombo->addItem(QStringLiteral("%1 %2").arg(region.code, region.name),
                                           region.code);
        }
    }
    for (const QString &industry : {tr("Software and IT"), tr("Manufacturing"), tr("Healthcare"),
                                    tr("Logistics"), tr("Energy"), tr("Education"),
                                    tr("Financial services"), tr("Retail"), tr("Construction")})
        m_ui->industryCombo->addItem(industry);
    m_ui->industryCombo->setCurrentText(QString());
    for (const QString &size :
         {QStringLiteral("1-49人"), QStringLiteral("50-199人"), QStringLiteral("200-499人"),
          QStringLiteral("500-999人"), QStringLiteral("1000人以上")})
        m_ui->sizeCombo->addItem(size);
    m_ui->sizeCombo->setCurrentText(QString());
    for (const QString &key : sourceKeys())
        m_ui->sourceCombo->addItem(CustomerTexts::source(key), key);
    for (CustomerStatus status : allStatuses())
        m_ui->statusCombo->addItem(CustomerTexts::status(status), statusKey(status));
    m_ui->ownerCombo->addItem(tr("(nobody)"), QString());
    if (auto users = workspace.users().list()) {
        for (const User &user : *users) {
            if (user.active)
                m_ui->ownerCombo->addItem(
                    (user.senior ? tr("%1 (%2, senior)") : tr("%1 (%2)"))
                        .arg(user.name.isEmpty() ? user.login : user.name, user.login),
                    user.login);
        }
    }
    // Owners change through "Assign" (a manager's decision), not in the form.
    m_ui->ownerCombo->setEnabled(!m_existing);

    QTableWidget *contacts = m_ui->contactsTable;
    contacts->setColumnCount(6);
    contacts->setHorizontalHeaderLabels(
        {tr("★"), tr("Name"), tr("Title"), tr("Phone"), tr("E-mail"), tr("WeChat")});
    contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    contacts->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    contacts->verticalHeader()->hide();

    m_ui->firstContactEdit->setDateTime(workspace.now().toLocalTime());
    m_ui->firstContactEdit->setMaximumDateTime(workspace.now().toLocalTime().addSecs(60));
    m_ui->idEdit->setEnabled(!m_existing);
    m_ui->nameMessage->setTextFormat(Qt::RichText);
    m_ui->duplicateMessage->setTextFormat(Qt::RichText);
    m_ui->duplicateMessage->setObjectName(QStringLiteral("duplicateMessage"));
    if (m_existing)
        fill(*m_existing);
    else
        addContactRow({0, {}, {}, {}, {}, {}, true});

    auto schedule = [this] {
        m_checkTimer->start();
    };
    connect(m_checkTimer, &QTimer::timeout, this, &CustomerDialog::runCheck);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, schedule);
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, schedule);
    connect(m_ui->needsEdit, &QPlainTextEdit::textChanged, this, schedule);
    connect(m_ui->firstContactEdit, &QDateTimeEdit::dateTimeChanged, this, schedule);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, schedule);
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this, schedule);
    connect(contacts, &QTableWidget::itemChanged, this, schedule);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        addContactRow({0, {}, {}, {}, {}, {}, m_ui->contactsTable->rowCount() == 0});
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->contactsTable->currentRow();
        if (row >= 0)
            m_ui->contactsTable->removeRow(row);
        m_checkTimer->start();
    });
    for (QLabel *label : {m_ui->nameMessage, m_ui->duplicateMessage})
        connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
            Q_EMIT openCustomer(link.section(u':', 1));
            reject();
        });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    runCheck();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::fill(const Customer &c)
{
    m_ui->idEdit->setText(c.id);
    m_ui->nameEdit->setText(c.name);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(c.region)));
    m_ui->industryCombo->setCurrentText(c.industry);
    m_ui->sizeCombo->setCurrentText(c.companySize);
    const int source = m_ui->sourceCombo->findData(c.source);
    if (source < 0 && !c.source.isEmpty())
        m_ui->sourceCombo->addItem(c.source, c.source);
    m_ui->sourceCombo->setCurrentIndex(std::max(0, m_ui->sourceCombo->findData(c.source)));
    m_ui->firstContactEdit->setDateTime(c.firstContactAt.toLocalTime());
    m_ui->needsEdit->setPlainText(c.needs);
    m_ui->statusCombo->setCurrentIndex(
        std::max(0, m_ui->statusCombo->findData(statusKey(c.status))));
    m_ui->ownerCombo->setCurrentIndex(std::max(0, m_ui->ownerCombo->findData(c.ownerLogin)));
    m_ui->tagsEdit->setText(c.tags.join(QStringLiteral("；")));
    for (const Contact &contact : c.contacts)
        addContactRow(contact);
}

void CustomerDialog::addContactRow(const Contact &contact)
{
    QTableWidget *table = m_ui->contactsTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    auto *key = new QTableWidgetItem;
    key->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    key->setCheckState(contact.key ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, KeyColumn, key);
    table->setItem(row, NameColumn, textItem(contact.name));
    table->setItem(row, TitleColumn, textItem(contact.title));
    table->setItem(row, PhoneColumn, textItem(contact.phone));
    table->setItem(row, EmailColumn, textItem(contact.email));
    table->setItem(row, WechatColumn, textItem(contact.wechat));
}

Customer CustomerDialog::draft() const
{
    Customer c = m_existing.value_or(Customer{});
    if (!m_existing)
        c.id = m_ui->idEdit->text().trimmed().toUpper();
    c.name = m_ui->nameEdit->text();
    c.region = m_ui->regionCombo->currentData().toString();
    c.industry = m_ui->industryCombo->currentText().trimmed();
    c.companySize = m_ui->sizeCombo->currentText().trimmed();
    c.source = m_ui->sourceCombo->currentData().toString();
    c.firstContactAt = m_ui->firstContactEdit->dateTime().toUTC();
    c.needs = m_ui->needsEdit->toPlainText().trimmed();
    c.status =
        statusFromText(m_ui->statusCombo->currentData().toString()).value_or(CustomerStatus::Lead);
    if (!m_existing)
        c.ownerLogin = m_ui->ownerCombo->currentData().toString();
    c.tags = splitTags(m_ui->tagsEdit->text());
    c.contacts.clear();
    const QTableWidget *table = m_ui->contactsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Contact contact{0,
                        text(NameColumn),
                        text(TitleColumn),
                        text(PhoneColumn),
                        text(EmailColumn),
                        text(WechatColumn),
                        table->item(row, KeyColumn) &&
                            table->item(row, KeyColumn)->checkState() == Qt::Checked};
        if (!contact.isEmpty())
            c.contacts.append(contact);
    }
    return c;
}

void CustomerDialog::setMessage(QLabel *label, const QString &text, bool error)
{
    setFieldMessage(label, text, error ? FieldMessageKind::Error : FieldMessageKind::Warning);
}

void CustomerDialog::runCheck()
{
    const Customer draft = this->draft();
    auto check = m_workspace.customers().check(draft);
    if (!check) {
        setMessage(m_ui->errorMessage, check.error().message, true);
        return;
    }
    auto fieldMessage = [&check](const QString &field) {
        QStringList messages;
        for (const auto &[name, message] : check->fieldProblems) {
            if (name == field)
                messages << message;
        }
        return messages.join(u' ');
    };
    const bool typedName = !draft.name.trimmed().isEmpty();
    setMessage(m_ui->nameMessage, typedName ? fieldMessage(QStringLiteral("name")) : QString(),
               true);
    setMessage(m_ui->idMessage,
               !check->idProblem.isEmpty() ? check->idProblem
               : check->issuedId.isEmpty() ? QString()
                                           : tr("Will be issued: %1").arg(check->issuedId),
               !check->idProblem.isEmpty());
    QStringList dateNotes;
    if (const QString problem = fieldMessage(QStringLiteral("first_contact")); !problem.isEmpty())
        dateNotes << problem;
    else if (check->lateEntry)
        dateNotes << tr("Entered late: the deadline was %1 (R2). It is saved and flagged.")
                         .arg(check->entryDeadline.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm")));
    setMessage(m_ui->firstContactMessage, dateNotes.join(u' '),
               !fieldMessage(QStringLiteral("first_contact")).isEmpty());
    setMessage(m_ui->needsMessage,
               !draft.needs.isEmpty() || typedName
                   ? (check->needs.vague()
                          ? tr("Vague needs (R3): %1. You can still save.")
                                .arg(check->needs.problems.join(QStringLiteral("; ")))
                          : QString())
                   : QString(),
               false);
    QStringList duplicates;
    for (const DuplicateMatch &match : check->duplicates) {
        const QString link = QStringLiteral("<a href=\"customer:%1\">%1 %2</a>")
                                 .arg(match.customerId, match.name.toHtmlEscaped());
        duplicates << (match.on == DuplicateMatch::On::Name
                           ? tr("Possible duplicate: %1 has the same name.").arg(link)
                           : tr("Possible duplicate: %1 has the same phone %2.")
                                 .arg(link, match.phone.toHtmlEscaped()));
    }
    m_duplicate = !duplicates.isEmpty();
    setMessage(m_ui->duplicateMessage, duplicates.join(QStringLiteral("<br>")), true);
    QStringList others;
    for (const auto &[field, message] : check->fieldProblems) {
        if (field != QLatin1String("name") && field != QLatin1String("first_contact"))
            others << message;
    }
    if (!check->ownerWarning.isEmpty())
        others << check->ownerWarning;
    setMessage(m_ui->errorMessage, others.join(u' '), !others.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(!check->blocking() && typedName);
}

void CustomerDialog::accept()
{
    m_checkTimer->stop();
    runCheck();
    if (!m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    bool allowDuplicate = false;
    if (m_duplicate) {
        const auto answer = QMessageBox::question(
            this, tr("Possible duplicate"),
            tr("This customer looks like one that already exists. Save it anyway?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
        allowDuplicate = true;
    }
    auto saved = m_existing ? m_workspace.customers().update(draft(), allowDuplicate)
                            : m_workspace.customers().create(draft(), allowDuplicate);
    if (!saved) {
        setMessage(m_ui->errorMessage, saved.error().message, true);
        return;
    }
    m_savedId = saved->id;
    QDialog::accept();
}

} // namespace sf::ui
