// SPDX-License-Identifier: MIT
#include "app/Translations.h"

#include "services/DesktopSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sf {

QString installTranslations()
{
    const QString language = desktopSettings::effectiveLanguage();
    // Dates, month and weekday names follow the chosen language too, not only the texts.
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return language;
    }
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/salesflow_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace sf
