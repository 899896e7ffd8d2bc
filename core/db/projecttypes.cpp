// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projecttypes.h"

#include "core/util/enumnames.h"
#include "core/util/pythonstring.h"

namespace tare {

namespace {

constexpr EnumNames<PoolRule, 2> s_poolRuleNames({{{PoolRule::Corpus, u"corpus"}, {PoolRule::Judged, u"judged"}}});
constexpr EnumNames<TaskType, 2> s_taskTypeNames({{{TaskType::Search, u"search"}, {TaskType::Classification, u"classification"}}});
constexpr EnumNames<DocumentJoin, 3> s_documentJoinNames({{{DocumentJoin::TitleSpace, u"title-space"},
                                                           {DocumentJoin::TitleNewline, u"title-newline"},
                                                           {DocumentJoin::TextOnly, u"text"}}});

} // namespace

QString poolRuleName(PoolRule rule)
{
    return s_poolRuleNames.name(rule, u"corpus");
}

QString elementTypeName(ElementType type)
{
    return type == ElementType::Float16 ? QStringLiteral("float16") : QStringLiteral("float32");
}

std::optional<ElementType> elementTypeFromName(const QString& name)
{
    if (name == u"float32")
        return ElementType::Float32;
    if (name == u"float16")
        return ElementType::Float16;
    return std::nullopt;
}

QString DocumentRecord::fullText() const
{
    return title.isEmpty() ? text : title + QLatin1Char('\n') + text;
}

std::optional<PoolRule> poolRuleFromName(const QString& name)
{
    return s_poolRuleNames.value(name);
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
    return s_taskTypeNames.name(type, u"search");
}

std::optional<TaskType> taskTypeFromName(const QString& name)
{
    return s_taskTypeNames.value(name);
}

QString documentJoinName(DocumentJoin join)
{
    return s_documentJoinNames.name(join, u"title-space");
}

std::optional<DocumentJoin> documentJoinFromName(const QString& name)
{
    return s_documentJoinNames.value(name);
}

} // namespace tare
