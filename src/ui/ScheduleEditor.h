// SPDX-License-Identifier: MIT
#pragma once

#include "core/Contract.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sf::ui {

// The payment schedule of a contract being drafted (R16): rows of due date, amount in yuan and
// note; "split evenly" spreads the price over N instalments a month apart; a live line compares
// the sum with the price.
class ScheduleEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column { DueColumn, AmountColumn, NoteColumn, ColumnCount };

    explicit ScheduleEditor(QWidget *parent = nullptr);

    // Updates the sum line; changed() is for the user's edits only.
    void setPrice(qint64 priceFen, const QString &currency);
    // Where the first instalment of "split evenly" and a new row fall.
    void setStartDate(QDate start) { m_start = start; }
    void setInstalments(const QList<Instalment> &instalments);
    // The rows as instalments; an amount that is not a number of yuan is -1.
    QList<Instalment> instalments() const;
    // Why the schedule cannot be saved (amounts that are not numbers, R16's checks); empty when
    // it can, or when there are no rows (a draft may have no schedule yet).
    QStringList problems() const;
    QTableWidget *table() const { return m_table; }
    QString sumText() const;

public Q_SLOTS:
    void addRow();
    void removeRow();
    void splitEvenly();

Q_SIGNALS:
    void changed();

private:
    void insertRow(const Instalment &instalment);
    // The sum line, from the rows and the price.
    void updateSum();
    // A change by the user: the sum line, then changed().
    void edited();

    QTableWidget *m_table;
    QSpinBox *m_count;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_split;
    QLabel *m_sum;
    qint64 m_priceFen = 0;
    QString m_currency = QStringLiteral("CNY");
    QDate m_start;
};

} // namespace sf::ui
