// SPDX-License-Identifier: MIT
#pragma once

#include "core/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sf::ui {

// One page of the main window: a stable key (settings, screenshot names, tests), its title, and
// what it holds, in the words of process.md.
struct PageInfo
{
    QString key;
    QString title;
    QString subtitle;
    QStringList points; // what the page holds, 2–4 lines
    QStringList rules;  // ids of the process.md rules it enforces
    int stage = 0;      // the stage of the sales process (1–4), 0 for pages that span them
};

// The pages of SalesFlow, in sidebar order.
class PageCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(PageCatalogue)

public:
    // Translated when called: build the pages after the translators are installed.
    static QList<PageInfo> pages();
    // Whether the sidebar shows the page to a role (docs/permissions.md): the Monday review to
    // managers and administrators, receivables not to assistants and legal, contracts not to
    // assistants, after-sales not to legal and finance.
    static bool visibleTo(const QString &key, Role role);
    // A one-line summary of a rule of process.md ("R1" → "Customer id: …").
    static QString ruleSummary(const QString &ruleId);
    // The short name of a stage of the sales process (1–4).
    static QString stageName(int stage);
    static constexpr int kStages = 4;
};

} // namespace sf::ui
