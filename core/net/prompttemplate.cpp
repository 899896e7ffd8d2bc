// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/prompttemplate.h"

namespace tare {

QString PromptTemplate::render(const QString& promptTemplate, const QString& query, const QString& document,
                               const QString& instruction)
{
    QString result;
    result.reserve(promptTemplate.size() + query.size() + document.size() + instruction.size());
    qsizetype position = 0;
    while (position < promptTemplate.size()) {
        const qsizetype open = promptTemplate.indexOf(u'{', position);
        if (open < 0) {
            result += QStringView(promptTemplate).mid(position);
            break;
        }
        result += QStringView(promptTemplate).mid(position, open - position);
        const QStringView rest = QStringView(promptTemplate).mid(open);
        if (rest.startsWith(u"{query}")) {
            result += query;
            position = open + 7;
        } else if (rest.startsWith(u"{document}")) {
            result += document;
            position = open + 10;
        } else if (rest.startsWith(u"{instruction}")) {
            result += instruction;
            position = open + 13;
        } else if (rest.startsWith(u"{task}")) {
            if (!instruction.isEmpty())
                result += QStringLiteral("Judge the relevance according to the following task: %1 ").arg(instruction);
            position = open + 6;
        } else {
            result += u'{';
            position = open + 1;
        }
    }
    return result; // as written: the paper's prompts are not stripped (FollowIR-7B's ends in a space)
}

} // namespace tare
