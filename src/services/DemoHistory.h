// SPDX-License-Identifier: MIT
#pragma once

#include "core/Customer.h"
#include "core/Result.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace sf {

class WorkCalendar;
struct ServiceContext;

// The stage-2 history of a demo customer: for an A customer a follow-up plan around today and
// the contacts of the last three weeks, for a B customer a contact or two. Written in the
// caller's transaction, without an audit row each (the demo data is audited as a whole).
Status addDemoHistory(const ServiceContext &context, const WorkCalendar &calendar,
                      const QTimeZone &zone, QRandomGenerator &random, const Customer &customer);

} // namespace sf
