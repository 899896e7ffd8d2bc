// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>

namespace tare {

/// One HTTP request as the providers build it. Headers are raw (name, value) pairs; the body is sent as is.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectTimeoutMs = 10000; ///< per attempt, to establish the connection
    int totalTimeoutMs = 120000;  ///< per attempt, the whole transfer
    /// The largest body accepted, counted after decompression (a small gzip bomb inflates to
    /// gigabytes): past it the transfer is aborted and the request fails without a retry.
    qint64 maxResponseBytes = DefaultMaxResponseBytes;

    /// A JSON POST of `body` to `url` within the given time-outs, the API key sent as a bearer
    /// token (no Authorization header when it is empty): the one shape of every OpenAI-style call.
    static HttpRequest jsonPost(const QString& url, const QByteArray& apiKey, const QByteArray& body, int connectTimeoutMs,
                                int totalTimeoutMs, qint64 maxResponseBytes = DefaultMaxResponseBytes);

    static constexpr qint64 DefaultMaxResponseBytes = qint64(16) << 20;
    /// The largest chat or text completion read: a few tokens with their logprobs take kilobytes.
    static constexpr qint64 CompletionMaxResponseBytes = qint64(4) << 20;
    /// The largest rerank response read: one score per document of a request.
    static constexpr qint64 RerankMaxResponseBytes = qint64(8) << 20;
};

/// The outcome of a request after all its attempts. `error` is empty exactly when a 2xx response arrived.
struct HttpResponse
{
    int status = 0; ///< the last HTTP status; 0 when no response arrived (network error, cancelled)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;          ///< why the request failed: the server's message, a network error, cancellation
    bool cancelled = false; ///< failed because it was cancelled or the client shut down
    int attempts = 0;       ///< transfers started (1 + retries)
    double latencyMs = 0.0; ///< from submission to completion, including retries and waits

    bool ok() const { return error.isEmpty(); }
    /// The value of a response header (case-insensitive name), or an empty array.
    QByteArray header(const QByteArray& name) const;
};

/// How an HttpClient paces and retries requests.
struct HttpClientOptions
{
    int maxConcurrencyPerEndpoint = 16; ///< transfers in flight per scheme://host:port
    int maxAttempts = 5;                ///< 1 + retries, on network errors, 429 and 5xx
    int initialBackoffMs = 500;         ///< first retry delay; doubles each attempt, with jitter
    int maxBackoffMs = 30000;
    int maxRetryAfterMs = 120000; ///< a longer Retry-After than this fails the request instead of waiting

    /// The defaults but for `concurrency` transfers per endpoint and `maxAttempts` attempts (each
    /// at least 1): what a provider's settings ask of its client.
    static HttpClientOptions limited(int concurrency, int maxAttempts)
    {
        HttpClientOptions options;
        options.maxConcurrencyPerEndpoint = std::max(1, concurrency);
        options.maxAttempts = std::max(1, maxAttempts);
        return options;
    }
};

/// An HTTP/1.1 and HTTP/2 client on the libcurl multi interface. One network thread owned by the
/// client runs every transfer: many requests in flight, connections kept alive and reused, TLS
/// peer verification on, proxies from the environment (http_proxy, https_proxy, no_proxy).
/// Per endpoint at most maxConcurrencyPerEndpoint transfers run; the rest wait in order. Network
/// errors, 429 and 5xx are retried with exponential backoff and jitter, honouring Retry-After;
/// other 4xx fail at once with the server's message; redirects are not followed (the error names
/// where they lead). A response body is read up to the request's maxResponseBytes, inflated. The
/// values of the request's secret headers (Authorization, api-key, ...) are replaced by
/// "<redacted>" wherever the response carries them (body, headers, error), so a server that echoes
/// the key cannot make it land in the project, a log or the terminal. All public functions are
/// thread-safe; completion callbacks run on the network thread and must be short and must not
/// block on the client.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(tare::HttpClient)

public:
    using Callback = std::function<void(HttpResponse)>;

    explicit HttpClient(HttpClientOptions options = {});
    /// Cancels whatever is still queued or in flight (their callbacks run) and joins the thread.
    ~HttpClient();

    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// Queues a request; `done` runs once on the network thread. Returns an id for cancel().
    quint64 submit(HttpRequest request, Callback done);
    /// Queues a request; the future becomes ready with its response.
    std::future<HttpResponse> submit(HttpRequest request);

    /// Aborts a queued or running request promptly; its callback gets a cancelled response. No-op when done.
    void cancel(quint64 id);

    /// Runs a batch concurrently and blocks until every response is in (in the order of `requests`).
    /// `cancelled` (may be empty) is polled every few milliseconds; when it returns true the transfers
    /// are aborted and TareError(Cancelled) is thrown. When a response fails with 401, 403 or 404
    /// (see isFatalStatus()), the requests not yet answered are cancelled and fail with that message.
    QList<HttpResponse> runBatch(const QList<HttpRequest>& requests, const std::function<bool()>& cancelled = {});

    /// Overrides the concurrency of one endpoint ("scheme://host:port", see endpointKey()).
    void setEndpointConcurrency(const QString& endpoint, int maxConcurrency);

    const HttpClientOptions& options() const { return m_options; }

    /// "scheme://host:port" of a URL, with the scheme's default port filled in.
    static QString endpointKey(const QString& url);
private:
    struct Transfer;
    struct Shared;

    void run();

    HttpClientOptions m_options;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace tare
