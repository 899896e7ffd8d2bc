// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tare {

struct HttpClientOptions;
struct HttpResponse;

/// How HttpClient treats what comes back: which statuses and network errors are worth another
/// attempt, how long to wait before it (Retry-After, or backoff with jitter), which statuses
/// fail a whole batch, what a server's error body says, and which headers may be logged. Pure
/// functions; any thread.
class HttpPolicy
{
public:
    /// The wait a Retry-After value asks for: delta seconds or an HTTP date (relative to `now`).
    static std::optional<qint64> retryAfterMs(const QByteArray& value, const QDateTime& now);
    /// The delay before retry number `retry` (1-based) without Retry-After: exponential, capped, jittered.
    static qint64 backoffMs(const HttpClientOptions& options, int retry, double jitter01);
    /// Whether a status is worth another attempt: 408, 429 and 5xx (but 501 and 505).
    static bool isRetryableStatus(int status);
    /// Whether a status means every request to the endpoint would fail alike: 401, 403, 404.
    static bool isFatalStatus(int status);
    /// Headers as one log line with Authorization and API-key headers replaced by "<redacted>".
    static QString redactedHeaders(const QList<QPair<QByteArray, QByteArray>>& headers);
    /// The secret values of a request's headers (a bearer token, an api-key header's value), for redaction.
    static QList<QByteArray> secretValues(const QList<QPair<QByteArray, QByteArray>>& headers);
    /// `response` with every occurrence of the `secrets` replaced by "<redacted>" (body, header values, error);
    /// a secret that "<redacted>" could bring back (one inside it, or with '<' or '>') gets a run of a
    /// character it lacks instead, so afterwards no secret occurs.
    static void redact(HttpResponse& response, const QList<QByteArray>& secrets);
    /// The human message of an error body: OpenAI-style {"error": {"message"}} or {"error": "..."},
    /// {"message"}, {"detail"}, or the start of the body text.
    static QString serverMessage(const QByteArray& body);

    /// Whether a libcurl result code (CURLcode) is a network error worth another attempt:
    /// connection, resolution, timeouts, resets and HTTP/2 stream errors.
    static bool isRetryableCurlCode(int code);
};

} // namespace tare
