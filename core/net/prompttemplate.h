// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

/// The editable prompts sent to models (LLM judges, reranker queries, HyDE): placeholders filled
/// in one left-to-right pass. Pure functions; any thread.
class PromptTemplate
{
public:
    /// `promptTemplate` with {query}, {document}, {instruction} and {task} ("Judge the relevance
    /// according to the following task: INSTRUCTION ", or nothing without an instruction) filled
    /// in one left-to-right pass (braces inside the values are never expanded), nothing trimmed.
    static QString render(const QString& promptTemplate, const QString& query, const QString& document,
                          const QString& instruction);
};

} // namespace tare
