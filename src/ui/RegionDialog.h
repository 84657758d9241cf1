// SPDX-License-Identifier: MIT
#pragma once

#include "core/Region.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RegionDialog;
}

namespace sf::ui {

// Adds a sales region (code and name) or renames one (the code is fixed: customer ids carry it,
// R1). OK hands the values to `submit` (the region service); a refusal is shown in the dialog.
class RegionDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status(const QString &code, const QString &name)>;

    // `year` is used for the example customer id.
    RegionDialog(int year, Submit submit, QWidget *parent = nullptr);
    ~RegionDialog() override;

    // Switches to renaming `region`.
    void setRegion(const Region &region);
    QString code() const;
    QString name() const;

    void accept() override;

private:
    void updateHint();

    std::unique_ptr<::Ui::RegionDialog> m_ui;
    int m_year;
    Submit m_submit;
};

} // namespace sf::ui
