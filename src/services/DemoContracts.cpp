// SPDX-License-Identifier: MIT
#include "services/DemoContracts.h"

#include "core/Contract.h"
#include "core/WorkCalendar.h"
#include "services/DemoServiceRecords.h"
#include "services/ServiceContext.h"
#include "storage/ContractRepository.h"
#include "storage/PaymentRepository.h"

#include <array>

namespace sf {
namespace {

struct Offer
{
    const char *title;
    const char *products;
};

const std::array<Offer, 4> kOffers{{
    {"CRM系统采购合同", "CRM系统标准版50用户许可，含部署实施与一年运维服务"},
    {"ERP实施服务合同", "ERP财务与供应链模块实施、数据迁移及关键用户培训"},
    {"数据平台建设合同", "数据中台软件许可、报表开发及三个月驻场支持"},
    {"移动办公系统合同", "移动审批与协同办公平台200用户许可及定制开发"},
}};

const char *const kDelivery = "合同签订后60日内完成部署上线并通过验收";
const char *const kPaymentTerms = "签订后10个工作日内预付30%，上线验收后付60%，质保期满付10%";
const char *const kLiability =
    "任何一方违约，按合同金额每日万分之五支付违约金，累计不超过合同金额的10%";

// The local working day `days` working days after `day`, at a working hour, as UTC.
QDateTime workHour(const WorkCalendar &calendar, const QTimeZone &zone, QDate day, int days,
                   int hour)
{
    const QDate date = days > 0 ? calendar.addWorkdays(day, days) : day;
    return QDateTime(date, QTime(hour, 30), zone).toUTC();
}

} // namespace

Status addDemoContract(const ServiceContext &context, const WorkCalendar &calendar,
                       const QTimeZone &zone, QRandomGenerator &random, const Customer &customer,
                       const DemoApprovers &approvers)
{
    const ContractRepository contracts(context.db);
    const PaymentRepository payments(context.db);
    const QDateTime now = context.now();
    const QDate today = now.toTimeZone(zone).date();
    const Offer &offer = kOffers.at(random.bounded(quint32(kOffers.size())));
    const quint32 roll = random.bounded(10);
    const ContractStatus status = roll == 0   ? ContractStatus::Draft
                                  : roll == 1 ? ContractStatus::LegalReview
                                  : roll == 2 ? ContractStatus::FinanceReview
                                  : roll == 3 ? ContractStatus::ManagerSign
                                  : roll < 6  ? ContractStatus::Signed
                                  : roll < 9  ? ContractStatus::InDelivery
                                              : ContractStatus::Completed;
    const bool signedContract = isSignedStatus(status);
    // A signed contract was signed up to a year ago; a contract in review was submitted in the
    // last few working days (some steps are late: R15).
    const QDate submitted =
        signedContract ? today.addDays(-10 - qint64(random.bounded(360)))
                       : calendar.addWorkdays(today.addDays(-3 - qint64(random.bounded(4))), 0);
    Contract contract;
    contract.customerId = customer.id;
    contract.title = QString::fromUtf8(offer.title);
    contract.products = QString::fromUtf8(offer.products);
    contract.priceFen = qint64(10 + random.bounded(190)) * 10'000 * 100;
    contract.delivery = QString::fromUtf8(kDelivery);
    contract.paymentTerms = QString::fromUtf8(kPaymentTerms);
    contract.liability = QString::fromUtf8(kLiability);
    contract.status = status;
    contract.owner = customer.ownerLogin;
    contract.createdAt = workHour(calendar, zone, submitted.addDays(-3), 0, 10);
    contract.updatedAt = contract.createdAt;
    contract.updatedBy = customer.ownerLogin;
    QList<ContractEvent> events{
        {QStringLiteral("drafted"), {}, {}, customer.ownerLogin, contract.createdAt}};
    if (status != ContractStatus::Draft) {
        contract.submittedAt = workHour(calendar, zone, submitted, 0, 11);
        events.append(
            {QStringLiteral("submitted"), {}, {}, customer.ownerLogin, *contract.submittedAt});
    }
    const int stepDays = signedContract ? 1 : 1 + int(random.bounded(2));
    if (status == ContractStatus::FinanceReview || status == ContractStatus::ManagerSign ||
        signedContract) {
        contract.legalApprovedAt = workHour(calendar, zone, submitted, stepDays, 15);
        events.append({QStringLiteral("approved"),
                       ApprovalStep::Legal,
                       {},
                       approvers.legal,
                       *contract.legalApprovedAt});
    }
    if (status == ContractStatus::ManagerSign || signedContract) {
        contract.financeApprovedAt = workHour(
            calendar, zone, contract.legalApprovedAt->toTimeZone(zone).date(), stepDays, 16);
        events.append({QStringLiteral("approved"),
                       ApprovalStep::Finance,
                       {},
                       approvers.finance,
                       *contract.financeApprovedAt});
    }
    if (signedContract) {
        contract.signedAt =
            workHour(calendar, zone, contract.financeApprovedAt->toTimeZone(zone).date(), 1, 17);
        events.append({QStringLiteral("signed"),
                       ApprovalStep::Manager,
                       {},
                       approvers.signer(customer.ownerLogin),
                       *contract.signedAt});
    }
    const QDate start =
        signedContract ? contract.signedAt->toTimeZone(zone).date() : today.addDays(14);
    contract.start = start;
    contract.end = start.addYears(1).addDays(-1);
    const QDateTime last = events.last().at;
    contract.updatedAt = last;
    contract.updatedBy = events.last().actor;
    const int year = contract.createdAt.toTimeZone(zone).date().year();
    auto serial = contracts.nextSerial(year);
    if (!serial)
        return serial.error();
    contract.number = ContractRules::formatNumber(approvers.numberFormat, year, *serial);
    auto id = contracts.insert(customer.rowId, contract);
    if (!id)
        return id.error();
    for (const ContractEvent &event : events) {
        if (auto added = contracts.addEvent(*id, event); !added)
            return added.error();
    }
    // 30% on signing, 60% on acceptance, 10% after the warranty year.
    const qint64 first = contract.priceFen * 3 / 10;
    const qint64 second = contract.priceFen * 6 / 10;
    const std::array<std::pair<int, qint64>, 3> shares{
        {{10, first}, {75, second}, {365, contract.priceFen - first - second}}};
    const std::array<const char *, 3> notes{"预付款", "验收款", "质保金"};
    QList<Instalment> schedule;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        Instalment instalment;
        instalment.contractId = *id;
        instalment.due = start.addDays(shares.at(i).first);
        instalment.amountFen = shares.at(i).second;
        instalment.note = QString::fromUtf8(notes.at(i));
        auto instalmentId = payments.insertInstalment(instalment);
        if (!instalmentId)
            return instalmentId.error();
        instalment.id = *instalmentId;
        schedule.append(instalment);
    }
    if (!signedContract)
        return Ok{};
    // The instalments due so far: most paid in full around the due date, some in part, some
    // not at all.
    for (const Instalment &instalment : schedule) {
        if (instalment.due >= today)
            break;
        const quint32 paid = random.bounded(10);
        if (paid >= 8)
            continue;
        Payment payment;
        payment.contractId = *id;
        payment.receivedOn =
            std::min(today, instalment.due.addDays(qint64(random.bounded(12)) - 4));
        payment.amountFen = paid < 6 ? instalment.amountFen : instalment.amountFen / 2;
        payment.reference = QStringLiteral("YH%1%2")
                                .arg(payment.receivedOn.toString(QStringLiteral("yyyyMMdd")))
                                .arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        payment.recordedBy = approvers.finance;
        payment.recordedAt = QDateTime(payment.receivedOn, QTime(16, 0), zone).toUTC();
        auto paymentId = payments.insertPayment(payment);
        if (!paymentId)
            return paymentId.error();
        if (auto allocated = payments.allocate(*paymentId, {instalment.id, payment.amountFen});
            !allocated)
            return allocated.error();
    }
    // Stage 4: the service since the contract started.
    return addDemoServiceRecords(context, zone, customer, *id, start);
}

} // namespace sf
