#include "shell/theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace tierwise {

Preference<QString> themePreference{"Shell/Theme", QStringLiteral("system")};

namespace {

QString systemStyleName()
{
    static const QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

// Fusion outlines check boxes and radio buttons in the window colour made darker: on a dark
// window the outline vanishes into the dark base. Draw those indicators as if on a mid-grey window.
class DarkFusionStyle final : public QProxyStyle
{
public:
    DarkFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        // Fusion draws these from a QStyleOptionButton (item views' check boxes come here too).
        if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                QStyleOptionButton lighter(*button);
                lighter.palette.setColor(QPalette::Window, QColor(150, 154, 160));
                QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
                return;
            }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(37, 39, 43), base(28, 30, 33), text(222, 224, 228), disabled(120, 124, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(44, 47, 52));
    p.setColor(QPalette::ToolTipBase, QColor(50, 53, 58));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 154, 160));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Light, QColor(60, 63, 68));
    p.setColor(QPalette::Midlight, QColor(50, 53, 58));
    p.setColor(QPalette::Mid, QColor(32, 34, 37));
    p.setColor(QPalette::Dark, QColor(20, 21, 23));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(64, 132, 214));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 240));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Theme themeFromName(const QString &t)
{
    return t == QLatin1String("dark") ? Theme::Dark : t == QLatin1String("light") ? Theme::Light : Theme::System;
}

Theme currentTheme()
{
    return themeFromName(themePreference);
}

void applyTheme(Theme theme, bool remember)
{
    const QString system = systemStyleName();
    switch (theme) {
    case Theme::System:
        if (!system.isEmpty())
            QApplication::setStyle(QStyleFactory::create(system));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(new DarkFusionStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
    if (remember)
        themePreference = theme == Theme::Dark    ? QStringLiteral("dark")
                          : theme == Theme::Light ? QStringLiteral("light")
                                                  : QStringLiteral("system");
}

} // namespace tierwise
