// SPDX-License-Identifier: MIT
#include "ui/Theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace sf::ui {
namespace {

const char *const kAppliedProperty = "sfThemeApplied";

// Latin and Chinese faces of Windows, macOS and Linux, in that order: the first one installed
// wins, and Qt falls back along the list for glyphs the first one lacks.
QStringList fontFamilies()
{
    return {QStringLiteral("Segoe UI"),
            QStringLiteral("Microsoft YaHei UI"),
            QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC"),
            QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans"),
            QStringLiteral("DejaVu Sans")};
}

QPalette lightPalette()
{
    QPalette palette;
    const QColor text = QColor::fromRgb(colors::text);
    palette.setColor(QPalette::Window, QColor::fromRgb(colors::canvas));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor::fromRgb(colors::surface));
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor::fromRgb(colors::surface));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor::fromRgb(colors::accent));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x94, 0xa3, 0xb8));
    palette.setColor(QPalette::Link, QColor::fromRgb(colors::accent));
    palette.setColor(QPalette::Mid, QColor::fromRgb(colors::border));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x94, 0xa3, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x94, 0xa3, 0xb8));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x94, 0xa3, 0xb8));
    return palette;
}

// Widgets opt in through object names and the dynamic properties "card", "chip", "role" (of
// buttons) and "tone" (of labels: note, notice, error).
QString styleSheet()
{
    return QStringLiteral(R"(
QMenuBar { background: #ffffff; border-bottom: 1px solid #e2e8f0; padding: 2px 4px; }
QMenuBar::item { padding: 4px 10px; border-radius: 4px; }
QMenuBar::item:selected { background: #eef2f7; }
QMenu { background: #ffffff; border: 1px solid #d8dee8; padding: 4px; }
QMenu::item { padding: 6px 28px 6px 24px; border-radius: 4px; }
QMenu::item:selected { background: #e0ebff; color: #0f172a; }
QMenu::separator { height: 1px; background: #e2e8f0; margin: 4px 8px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e2e8f0; color: #475569; }
QStatusBar::item { border: none; }
QStatusBar QLabel { color: #475569; padding: 0 6px; }
QToolTip { background: #1f2937; color: #ffffff; border: none; padding: 6px 8px; }

#sidebar { background: #172033; }
#sidebar QLabel#appName { color: #ffffff; font-size: 17px; font-weight: 600; }
#sidebar QLabel#appTagline, #sidebar QLabel#sidebarFooter { color: #7d8799; font-size: 12px; }
QListWidget#navigation { background: transparent; border: none; outline: 0; color: #c3cad6;
                         font-size: 14px; }
QListWidget#navigation::item { padding-left: 12px; border-radius: 6px; margin: 2px 0; }
QListWidget#navigation::item:hover { background: #243049; color: #ffffff; }
QListWidget#navigation::item:selected { background: #2563eb; color: #ffffff; }

QScrollArea#pageScroll, QWidget#pageContent { background: transparent; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: #0f172a; }
QLabel#pageSubtitle { font-size: 13px; color: #64748b; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: #0f172a; }
QLabel[tone="note"] { color: #64748b; }
QLabel[tone="error"] { background: #fef2f2; color: #b42318; border: 1px solid #fecaca;
                    border-radius: 6px; padding: 6px 10px; }
QLabel[tone="notice"] { background: #eff6ff; color: #1d4ed8; border: 1px solid #bfdbfe;
                     border-radius: 6px; padding: 6px 10px; }
QLabel[chip="true"], QFrame[card="true"] QLabel[chip="true"] {
    background: #e0ebff; color: #1d4ed8; border-radius: 10px; padding: 2px 8px; font-weight: 600; }
QLabel[chip="soon"], QFrame[card="true"] QLabel[chip="soon"] {
    background: #fff4e5; color: #b45309; border-radius: 10px; padding: 2px 10px; font-weight: 600; }
QFrame[card="true"] { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 10px; }
QFrame[card="true"] QLabel { background: transparent; }
QFrame#separator { background: #e2e8f0; max-height: 1px; border: none; }

QPushButton { background: #ffffff; border: 1px solid #cbd5e1; border-radius: 6px;
              padding: 5px 14px; min-height: 20px; color: #1e293b; }
QPushButton:hover { background: #f1f5f9; border-color: #94a3b8; }
QPushButton:pressed { background: #e2e8f0; }
QPushButton:disabled { color: #a0aab8; border-color: #e2e8f0; background: #f8fafc; }
QPushButton:default, QPushButton[role="primary"] { background: #2563eb; border-color: #2563eb;
                                                   color: #ffffff; }
QPushButton:default:hover, QPushButton[role="primary"]:hover { background: #1d4ed8; }
QPushButton:default:disabled, QPushButton[role="primary"]:disabled { background: #93b4f5;
                                                                     border-color: #93b4f5; }
QToolButton { border: 1px solid transparent; border-radius: 6px; padding: 3px; }
QToolButton:hover { background: #eef2f7; border-color: #cbd5e1; }

QLineEdit, QComboBox, QDateEdit, QSpinBox { background: #ffffff; border: 1px solid #cbd5e1;
    border-radius: 6px; padding: 4px 8px; min-height: 20px;
    selection-background-color: #2563eb; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QSpinBox:focus { border-color: #2563eb; }
QLineEdit:disabled, QComboBox:disabled { background: #f1f5f9; color: #94a3b8; }
QComboBox::drop-down, QDateEdit::drop-down { subcontrol-origin: padding;
    subcontrol-position: center right; width: 22px; border: none; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(:/theme/arrow-down.png);
    width: 10px; height: 6px; margin-right: 6px; }
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {
    image: url(:/theme/arrow-down-disabled.png); }
QComboBox QAbstractItemView { border: 1px solid #cbd5e1; selection-background-color: #e0ebff;
                              selection-color: #0f172a; outline: 0; }

QGroupBox { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 8px;
            margin-top: 14px; padding: 14px 12px 10px 12px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #334155; }
QGroupBox QLabel, QGroupBox QCheckBox { font-weight: normal; }

QTabWidget::pane { border: 1px solid #e2e8f0; border-radius: 8px; background: #ffffff;
                   top: -1px; }
QTabBar::tab { background: transparent; padding: 8px 18px; margin-right: 4px; color: #475569;
               border-bottom: 2px solid transparent; font-size: 14px; }
QTabBar::tab:hover { color: #0f172a; }
QTabBar::tab:selected { color: #2563eb; border-bottom: 2px solid #2563eb; font-weight: 600; }

QTableView { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px;
             gridline-color: #eef2f7; selection-background-color: #e0ebff;
             selection-color: #0f172a; alternate-background-color: #f8fafc; outline: 0; }
QTableView::item { padding: 0 8px; border-bottom: 1px solid #eef2f7; }
QHeaderView::section { background: #f8fafc; color: #475569; font-weight: 600; border: none;
                       border-bottom: 1px solid #e2e8f0; padding: 6px 8px; }
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px; }
QScrollBar::handle:vertical { background: #cbd5e1; border-radius: 4px; min-height: 24px; }
QScrollBar:horizontal { background: transparent; height: 10px; margin: 2px; }
QScrollBar::handle:horizontal { background: #cbd5e1; border-radius: 4px; min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }
)");
}

} // namespace

void applyTheme(QApplication &app)
{
    if (app.property(kAppliedProperty).toBool())
        return;
    app.setProperty(kAppliedProperty, true);
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QFont font = QApplication::font();
    font.setFamilies(fontFamilies());
    font.setPointSizeF(10);
    font.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(font);
    QApplication::setPalette(lightPalette());
    app.setStyleSheet(styleSheet());
}

} // namespace sf::ui
