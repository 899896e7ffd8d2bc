// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <exception>

namespace tare {

/// The one exception type core throws. It carries a translated, user-ready message (file, line
/// and reason where input is at fault) and a kind that front ends map to exit codes or dialogs.
/// Core code throws it; the CLI and GUI jobs catch it at their boundary.
class TareError : public std::exception
{
public:
    enum class Kind
    {
        Usage,     ///< wrong arguments or an impossible request
        Input,     ///< the user's data is malformed (file, line, reason)
        Io,        ///< a file or database cannot be read or written
        Cancelled, ///< the user cancelled; finished work is kept
        Internal,  ///< a broken invariant
    };

    TareError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

    /// "FILE:LINE: reason", or "FILE:LINE:COLUMN: reason" when column > 0.
    static TareError input(const QString& file, qint64 line, const QString& reason, qint64 column = 0);

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace tare
