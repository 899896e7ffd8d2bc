// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projecttypes.h"
#include "core/judge/judge.h"
#include "core/judge/judgefactory.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace tare {

class HttpClient;

/// Asks a chat model (the endpoint and model of the LLM judges) for a one-sentence reason why a
/// document is or is not relevant to a query, for a person inspecting a judgment ("Why?"). The
/// answer is stored beside the judgment (JudgmentStore::setReason) and never used in refinement.
/// ask() blocks until the answer is in; any thread (one HttpClient per reasoner).
class JudgmentReasoner
{
    Q_DECLARE_TR_FUNCTIONS(tare::JudgmentReasoner)

public:
    /// Throws TareError(Usage) without an endpoint or model, or when the named key variable is unset.
    explicit JudgmentReasoner(RemoteJudgeSettings settings);
    ~JudgmentReasoner();

    /// The prompt: the query, the document and the dataset's task (as the judges' {task}), then
    /// the request for one sentence.
    static QString prompt(const JudgeRequest& request);
    /// The first sentence of a reply, trimmed and at most 300 characters.
    static QString firstSentence(const QString& text);

    /// Asks for the reason of one judgment. Throws TareError (Io when the request failed,
    /// Input when the reply holds no text, Cancelled).
    JudgmentReason ask(const JudgeRequest& request, qint64 judgmentId, const std::function<bool()>& cancelled = {});

private:
    RemoteJudgeSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
