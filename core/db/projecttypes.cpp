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

QString taskTypeName(TaskType type)
{
    return type == TaskType::Classification ? QStringLiteral("classification") : QStringLiteral("search");
}

std::optional<TaskType> taskTypeFromName(const QString& name)
{
    if (name == u"search")
        return TaskType::Search;
    if (name == u"classification")
        return TaskType::Classification;
    return std::nullopt;
}

QString documentJoinName(DocumentJoin join)
{
    switch (join) {
    case DocumentJoin::TitleNewline:
        return QStringLiteral("title-newline");
    case DocumentJoin::TextOnly:
        return QStringLiteral("text");
    case DocumentJoin::TitleSpace:
        break;
    }
    return QStringLiteral("title-space");
}

std::optional<DocumentJoin> documentJoinFromName(const QString& name)
{
    if (name == u"title-space")
        return DocumentJoin::TitleSpace;
    if (name == u"title-newline")
        return DocumentJoin::TitleNewline;
    if (name == u"text")
        return DocumentJoin::TextOnly;
    return std::nullopt;
}

} // namespace tare
