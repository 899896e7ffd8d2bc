// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/progress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace tare {

class HttpClient;

/// How HyDE's hypothetical documents are written: a chat-completions endpoint and its sampling.
/// A plain struct.
struct HydeSettings
{
    QString baseUrl; ///< as the service documents it, e.g. "http://localhost:8000/v1"
    QString model;
    QString apiKeyEnv;      ///< the environment variable holding the API key; empty: none
    QString promptTemplate; ///< {query} and {instruction}; empty: defaultPrompt()
    double temperature = 0.7;
    int maxTokens = 256;
    bool useMaxCompletionTokens = false; ///< for hosts that reject max_tokens (see CapabilityProbe)
    qint64 seed = 42;
    bool disableThinking = false;
    int concurrency = 8;
    int connectTimeoutMs = 10000;
    int totalTimeoutMs = 120000;
    int maxAttempts = 5;
};

/// Writes one hypothetical document per query with a chat completion (HyDE, Gao et al. 2022):
/// the text an answer might have, to be embedded in place of the query. Requests run
/// concurrently through one HttpClient owned by the writer; write() blocks its caller.
/// Thread-safe. The key lives only in this object's memory.
class HydeQueryWriter
{
    Q_DECLARE_TR_FUNCTIONS(tare::HydeQueryWriter)

public:
    struct Query
    {
        QString text;
        QString instruction;
    };

    /// Throws TareError(Usage) when the URL or model is missing or a named key variable is unset.
    explicit HydeQueryWriter(HydeSettings settings);
    ~HydeQueryWriter();

    /// One hypothetical document per query, in order. Progress counts queries; cancellation throws
    /// TareError(Cancelled); a failed request or an empty reply throws TareError(Io) naming the query.
    QStringList write(const QList<Query>& queries, const ProgressSink& sink = {});

    /// What defines the documents written (endpoint without credentials, model, prompt, sampling),
    /// never the key: recorded with the space.
    QJsonObject parameters() const;

    /// "Write a representative document passage that would be relevant to the following query. …", the
    /// prompt of the refinement paper's HyDE baseline.
    static QString defaultPrompt();

private:
    HydeSettings m_settings;
    QByteArray m_apiKey;
    std::unique_ptr<HttpClient> m_client;
};

} // namespace tare
