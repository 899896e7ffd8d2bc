// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/embeddingtemplate.h"

#include <utility>

namespace tare {

namespace {

const QLatin1String s_textPlaceholder("{text}");
const QLatin1String s_instructionPlaceholder("{instruction}");

} // namespace

EmbeddingTemplate::EmbeddingTemplate()
    : m_pattern(QString::fromUtf16(s_defaultDocumentPattern))
{
}

EmbeddingTemplate::EmbeddingTemplate(QString pattern)
    : m_pattern(std::move(pattern))
{
}

EmbeddingTemplate EmbeddingTemplate::defaultQuery()
{
    return EmbeddingTemplate(QString::fromUtf16(s_defaultQueryPattern));
}

EmbeddingTemplate EmbeddingTemplate::defaultDocument()
{
    return EmbeddingTemplate(QString::fromUtf16(s_defaultDocumentPattern));
}

bool EmbeddingTemplate::usesInstruction() const
{
    return m_pattern.contains(s_instructionPlaceholder);
}

QString EmbeddingTemplate::apply(const QString& text, const QString& instruction) const
{
    QString result;
    result.reserve(m_pattern.size() + text.size() + instruction.size());
    const QStringView pattern(m_pattern);
    qsizetype position = 0;
    while (position < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), position);
        if (open < 0)
            break;
        result += pattern.sliced(position, open - position);
        const QStringView rest = pattern.sliced(open);
        if (rest.startsWith(s_textPlaceholder)) {
            result += text;
            position = open + s_textPlaceholder.size();
        } else if (rest.startsWith(s_instructionPlaceholder)) {
            result += instruction;
            position = open + s_instructionPlaceholder.size();
        } else {
            result += QLatin1Char('{');
            position = open + 1;
        }
    }
    result += pattern.sliced(position);
    return result;
}

} // namespace tare
