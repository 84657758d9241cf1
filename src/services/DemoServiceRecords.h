// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/Result.h"

#include <QDate>
#include <QTimeZone>

namespace sf {

struct ServiceContext;

// Stage 4 of a demo customer with a signed contract: the service since the contract started —
// training after go-live, regular visits, now and then an issue — with satisfaction mostly 4–5
// stars (sometimes not asked, rarely low), the latest record planning the next maintenance (some
// already due). Random but reproducible per contract (its own generator, so the rest of the demo
// data does not change). Written in the caller's transaction, without an audit row each (the demo
// data is audited as a whole).
Status addDemoServiceRecords(const ServiceContext &context, const QTimeZone &zone,
                             const Customer &customer, qint64 contractId, QDate contractStart);

} // namespace sf
