// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sf {

class SettingsService;
struct ServiceContext;

// One R13 downgrade.
struct Downgrade
{
    QString customerId;
    QString from;
    QString to;
};

// R12 and R13: the decisions of the Monday review — the automatic downgrade of stalled B
// customers, exemptions until the next review, and undoing a downgrade. Sales managers only.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(ServiceContext &context, SettingsService &settings)
        : m_context(context)
        , m_settings(settings)
    {}

    // `rules apply`: downgrades every R13 candidate at `asOf` that is not exempted to C, each
    // with a grade-history entry whose reason is R13, in one transaction. Applying again for the
    // same time finds no candidate left and changes nothing.
    Result<QList<Downgrade>> applyDowngrades(const QDateTime &asOf);
    // Keeps a candidate at B with a reason until the start of next week's review.
    Status exempt(const QString &customerId, const QString &reason);
    // Gives a customer downgraded by R13 its B back (audited); refused when its last grade
    // change was not an R13 downgrade.
    Status undoDowngrade(const QString &customerId);

private:
    Result<qint64> requireCustomer(const QString &customerId) const;
    Status requireManager() const;

    ServiceContext &m_context;
    SettingsService &m_settings;
};

} // namespace sf
