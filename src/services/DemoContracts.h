// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/Result.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace sf {

class WorkCalendar;
struct ServiceContext;

// Who takes a demo contract through its approvals: legal, finance and the manager of the team of
// the customer's owner (docs/permissions.md: a manager signs the team's contracts).
struct DemoApprovers
{
    QString legal;
    QString finance;
    QHash<QString, QString> managerOf; // a rep's login → the manager of their team
    QString anyManager;                // signs the contracts of customers without an owner
    QString numberFormat;              // the contract number format setting

    QString signer(const QString &ownerLogin) const
    {
        return managerOf.value(ownerLogin, anyManager);
    }
};

// Stage 3 of a demo customer: a contract in any state of the approval chain with its events, a
// payment schedule of three instalments and, once signed, the payments of the instalments due so
// far — most in full, some partly, some not at all (so that receivables age). Written in the
// caller's transaction, without an audit row each (the demo data is audited as a whole).
Status addDemoContract(const ServiceContext &context, const WorkCalendar &calendar,
                       const QTimeZone &zone, QRandomGenerator &random, const Customer &customer,
                       const DemoApprovers &approvers);

} // namespace sf
