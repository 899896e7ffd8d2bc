// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace tare {

/// The stored or printed names of an enum's values, written once as a table, read both ways:
/// name() for a value and value() for a name. Where a value has several names (an alias), the
/// first one listed is the one written. Replaces a switch for one way and a loop or an if-chain
/// for the other, which had to be kept in step by hand. Constexpr, no allocation until a name is
/// asked for.
template<typename Enum, std::size_t N>
class EnumNames
{
public:
    using Entry = std::pair<Enum, const char16_t*>;

    constexpr explicit EnumNames(const std::array<Entry, N>& entries)
        : m_entries(entries)
    {
    }

    /// The value's first name, or `fallback` when the table does not list it.
    QString name(Enum value, const char16_t* fallback = u"") const
    {
        for (const auto& [candidate, text] : m_entries) {
            if (candidate == value)
                return QString::fromUtf16(text);
        }
        return QString::fromUtf16(fallback);
    }

    /// The value named `text` (exact, case-sensitive), or nullopt.
    std::optional<Enum> value(QStringView text) const
    {
        for (const auto& [candidate, entry] : m_entries) {
            if (text == QStringView(entry))
                return candidate;
        }
        return std::nullopt;
    }

private:
    std::array<Entry, N> m_entries;
};

/// The translated title of `value` in a table of QT_TR_NOOP texts written in a member function of
/// the class whose tr() context is `context` (e.g. "tare::RunListModel"), translated when asked
/// for so the language can change at run time; empty when the table lacks the value. Replaces a switch
/// of tr() calls.
template<typename Enum, std::size_t N>
QString enumTitle(const char* context, const std::pair<Enum, const char*> (&titles)[N], Enum value)
{
    for (const auto& [candidate, text] : titles) {
        if (candidate == value)
            return QCoreApplication::translate(context, text);
    }
    return {};
}

} // namespace tare
