// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projecttypes.h"

namespace tare {

QString poolRuleName(PoolRule rule)
{
    return rule == PoolRule::Judged ? QStringLiteral("judged") : QStringLiteral("corpus");
}

QString DocumentRecord::fullText() const
{
    return title.isEmpty() ? text : title + QLatin1Char('\n') + text;
}

std::optional<PoolRule> poolRuleFromName(const QString& name)
{
    if (name == u"corpus")
        return PoolRule::Corpus;
    if (name == u"judged")
        return PoolRule::Judged;
    return std::nullopt;
}

} // namespace tare
