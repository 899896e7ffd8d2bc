// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

/// Turns a query or document text into what an embedder sees, e.g.
/// "Instruct: {instruction}\nQuery: {text}". The placeholders {text} and {instruction} are
/// replaced in one left-to-right pass, so braces inside the substituted values are never
/// expanded again; any other {name} stays as written. A plain value type, usable from any thread.
class EmbeddingTemplate
{
public:
    /// The paper's query template for instruction-following embedders.
    static constexpr const char16_t* s_defaultQueryPattern = u"Instruct: {instruction}\nQuery: {text}";
    /// Documents are embedded as they are.
    static constexpr const char16_t* s_defaultDocumentPattern = u"{text}";

    /// A template that passes the text through unchanged ("{text}").
    EmbeddingTemplate();
    explicit EmbeddingTemplate(QString pattern);

    /// "Instruct: {instruction}\nQuery: {text}".
    static EmbeddingTemplate defaultQuery();
    /// "{text}".
    static EmbeddingTemplate defaultDocument();

    /// The pattern with {text} and {instruction} filled in (an empty instruction leaves an empty
    /// slot; the surrounding words stay).
    QString apply(const QString& text, const QString& instruction = {}) const;

    const QString& pattern() const { return m_pattern; }
    /// True when the pattern uses {instruction}.
    bool usesInstruction() const;

private:
    QString m_pattern;
};

} // namespace tare
