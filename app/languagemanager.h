// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace tare {

/// Installs Qt's and Tare's translations for a language (falling back to the system locale)
/// and lists the languages Tare ships. GUI thread; owned by the application.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    /// Language codes with a catalogue ("en", "de", ...).
    QStringList availableLanguages() const;
    /// Installs catalogues for `language` ("" = the system locale); returns the code used.
    QString install(const QString& language);

private:
    QTranslator* m_qtTranslator;
    QTranslator* m_tareTranslator;
};

} // namespace tare
