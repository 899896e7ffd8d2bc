// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tare {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_qtTranslator(new QTranslator(this))
    , m_tareTranslator(new QTranslator(this))
{
}

QStringList LanguageManager::availableLanguages() const
{
    QStringList languages;
    const auto files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("tare_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(5, file.size() - 8));
    return languages;
}

QString LanguageManager::install(const QString& language)
{
    QCoreApplication::removeTranslator(m_qtTranslator);
    QCoreApplication::removeTranslator(m_tareTranslator);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_tareTranslator->load(locale, QStringLiteral("tare"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_tareTranslator);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace tare
