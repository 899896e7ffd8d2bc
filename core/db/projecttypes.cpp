// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projecttypes.h"

#include "core/util/pythonstring.h"

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

QString QueryRecord::fullText() const
{
    return instruction.isEmpty() ? text : text + u'\n' + instruction;
}

QString DatasetTask::judgeTaskSentence() const
{
    if (taskType != TaskType::Classification || instruction.isEmpty())
        return {};
    return QStringLiteral("Judge the relevance according to the following task: ") + instruction + u' ';
}

QString DatasetTask::documentText(const QString& title, const QString& text) const
{
    switch (documentJoin) {
    case DocumentJoin::TitleNewline:
        return title + u'\n' + text;
    case DocumentJoin::TextOnly:
        return text;
    case DocumentJoin::TitleSpace:
        break;
    }
    return PythonString::strip(title + u' ' + text);
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
