// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/httpclient.h"

#include "core/net/httppolicy.h"
#include "core/util/displaytext.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <unordered_map>
#include <vector>

namespace tare {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "tare.http", QtInfoMsg)

using Clock = std::chrono::steady_clock;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One request through all its attempts. Owned by the network thread once submitted.
struct HttpClient::Transfer
{
    quint64 id = 0;
    HttpRequest request;
    Callback done;
    QString endpoint;
    std::shared_ptr<std::atomic<bool>> cancelFlag;
    Clock::time_point submitted;
    Clock::time_point notBefore;
    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    HttpResponse response;
    bool tooLarge = false; ///< the body passed request.maxResponseBytes: the transfer was aborted
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headerList)
            curl_slist_free_all(headerList);
    }
};

// State shared between callers and the network thread. `mutex` guards everything but `multi`
// (only the network thread touches it, apart from the thread-safe curl_multi_wakeup).
struct HttpClient::Shared
{
    CURLM* multi = nullptr;
    std::mutex mutex;
    std::vector<std::unique_ptr<Transfer>> inbox;
    std::unordered_map<quint64, std::shared_ptr<std::atomic<bool>>> flags;
    QHash<QString, int> endpointLimits;
    quint64 nextId = 1;
    quint64 cancelGeneration = 0;
    bool stopping = false;
};

HttpClient::HttpClient(HttpClientOptions options)
    : m_options(options)
    , m_shared(std::make_shared<Shared>())
{
    initCurlOnce();
    m_options.maxConcurrencyPerEndpoint = std::max(1, m_options.maxConcurrencyPerEndpoint);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_shared->multi = curl_multi_init();
    if (!m_shared->multi)
        throw TareError(TareError::Kind::Internal, tr("libcurl could not create a multi handle"));
    // Keep enough idle connections for every endpoint's full concurrency, so they are reused.
    curl_multi_setopt(m_shared->multi, CURLMOPT_MAXCONNECTS, 256L);
    m_thread = std::thread([this] { run(); });
}

HttpClient::~HttpClient()
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
    }
    curl_multi_wakeup(m_shared->multi);
    m_thread.join();
    curl_multi_cleanup(m_shared->multi);
}

HttpRequest HttpRequest::jsonPost(const QString& url, const QByteArray& apiKey, const QByteArray& body, int connectTimeoutMs,
                                  int totalTimeoutMs, qint64 maxResponseBytes)
{
    HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + apiKey});
    request.body = body;
    request.connectTimeoutMs = connectTimeoutMs;
    request.totalTimeoutMs = totalTimeoutMs;
    request.maxResponseBytes = maxResponseBytes;
    return request;
}

quint64 HttpClient::submit(HttpRequest request, Callback done)
{
    auto transfer = std::make_unique<Transfer>();
    transfer->request = std::move(request);
    transfer->done = std::move(done);
    transfer->endpoint = endpointKey(transfer->request.url);
    transfer->cancelFlag = std::make_shared<std::atomic<bool>>(false);
    transfer->submitted = Clock::now();
    transfer->notBefore = transfer->submitted;
    quint64 id = 0;
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->stopping) {
            id = m_shared->nextId++;
            transfer->id = id;
            m_shared->flags.emplace(id, transfer->cancelFlag);
            m_shared->inbox.push_back(std::move(transfer));
        }
    }
    if (id == 0) {
        HttpResponse response;
        response.cancelled = true;
        response.error = tr("the HTTP client is shutting down");
        if (transfer->done)
            transfer->done(std::move(response));
        return 0;
    }
    curl_multi_wakeup(m_shared->multi);
    return id;
}

std::future<HttpResponse> HttpClient::submit(HttpRequest request)
{
    auto promise = std::make_shared<std::promise<HttpResponse>>();
    std::future<HttpResponse> future = promise->get_future();
    submit(std::move(request), [promise](HttpResponse response) { promise->set_value(std::move(response)); });
    return future;
}

void HttpClient::cancel(quint64 id)
{
    {
        std::lock_guard lock(m_shared->mutex);
        auto it = m_shared->flags.find(id);
        if (it == m_shared->flags.end())
            return;
        it->second->store(true);
        ++m_shared->cancelGeneration;
    }
    curl_multi_wakeup(m_shared->multi);
}

void HttpClient::setEndpointConcurrency(const QString& endpoint, int maxConcurrency)
{
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->endpointLimits.insert(endpoint, std::max(1, maxConcurrency));
    }
    curl_multi_wakeup(m_shared->multi);
}

QList<HttpResponse> HttpClient::runBatch(const QList<HttpRequest>& requests, const std::function<bool()>& cancelled)
{
    struct Batch
    {
        std::mutex mutex;
        std::condition_variable changed;
        QList<HttpResponse> responses;
        qsizetype remaining = 0;
        QString fatal; // the first 401/403/404: every other request would fail the same way
    };
    auto batch = std::make_shared<Batch>();
    batch->responses.resize(requests.size());
    batch->remaining = requests.size();
    std::vector<quint64> ids;
    ids.reserve(size_t(requests.size()));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        ids.push_back(submit(requests[i], [batch, i](HttpResponse response) {
            std::lock_guard lock(batch->mutex);
            if (batch->fatal.isEmpty() && HttpPolicy::isFatalStatus(response.status))
                batch->fatal = response.error;
            batch->responses[i] = std::move(response);
            --batch->remaining;
            batch->changed.notify_all();
        }));
    }

    bool wasCancelled = false;
    bool stoppedEarly = false;
    std::unique_lock lock(batch->mutex);
    while (batch->remaining > 0) {
        if (!batch->fatal.isEmpty() && !stoppedEarly && !wasCancelled) {
            stoppedEarly = true;
            lock.unlock();
            for (quint64 id : ids)
                cancel(id);
            lock.lock();
            continue;
        }
        if (!cancelled || wasCancelled) {
            batch->changed.wait(lock);
            continue;
        }
        // The caller's flag can only be polled; 20 ms keeps cancellation prompt and cheap.
        batch->changed.wait_for(lock, std::chrono::milliseconds(20));
        if (batch->remaining > 0 && !wasCancelled && cancelled()) {
            wasCancelled = true;
            lock.unlock();
            for (quint64 id : ids)
                cancel(id);
            lock.lock();
        }
    }
    if (wasCancelled)
        throw TareError(TareError::Kind::Cancelled, tr("cancelled"));
    if (stoppedEarly) {
        for (HttpResponse& response : batch->responses) {
            if (response.cancelled)
                response.error = tr("not sent: an earlier request of the batch failed with %1").arg(batch->fatal);
        }
    }
    return batch->responses;
}

QString HttpClient::endpointKey(const QString& url)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return scheme % u"://" % parsed.host().toLower() % u':' % QString::number(parsed.port(defaultPort));
}

namespace {

size_t writeHeader(char* data, size_t size, size_t count, void* user)
{
    auto* headers = static_cast<QList<QPair<QByteArray, QByteArray>>*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        headers->clear(); // a new response begins (after 100 Continue or a redirect)
    } else {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

int transferInfo(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic<bool>*>(user)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

void HttpClient::run()
{
    Shared& shared = *m_shared;
    CURLM* multi = shared.multi;

    struct Endpoint
    {
        int active = 0;
        std::deque<Transfer*> ready;
    };
    std::unordered_map<quint64, std::unique_ptr<Transfer>> owned;
    QHash<QString, Endpoint> endpoints;
    std::multimap<Clock::time_point, Transfer*> delayed;
    std::mt19937_64 random{std::random_device{}()};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    quint64 seenCancelGeneration = 0;
    QHash<QString, int> limits;

    auto finish = [&](Transfer* transfer) {
        HttpPolicy::redact(transfer->response, HttpPolicy::secretValues(transfer->request.headers));
        transfer->response.latencyMs
            = std::chrono::duration<double, std::milli>(Clock::now() - transfer->submitted).count();
        if (transfer->response.ok()) {
            qCDebug(lcHttp) << "done" << transfer->request.url << transfer->response.status << "in"
                            << transfer->response.latencyMs << "ms," << transfer->response.attempts << "attempt(s)";
        } else {
            qCDebug(lcHttp) << "failed" << transfer->request.url << transfer->response.error;
        }
        std::unique_ptr<Transfer> holder = std::move(owned[transfer->id]);
        owned.erase(transfer->id);
        {
            std::lock_guard lock(shared.mutex);
            shared.flags.erase(transfer->id);
        }
        if (holder->done)
            holder->done(std::move(holder->response));
    };

    auto failCancelled = [&](Transfer* transfer, const QString& why) {
        transfer->response.cancelled = true;
        transfer->response.status = 0;
        transfer->response.body.clear();
        transfer->response.error = why;
        finish(transfer);
    };

    auto limitOf = [&](const QString& endpoint) {
        return limits.value(endpoint, m_options.maxConcurrencyPerEndpoint);
    };

    auto start = [&](Transfer* transfer) -> bool {
        HttpRequest& request = transfer->request;
        if (!transfer->easy) {
            CURL* easy = curl_easy_init();
            transfer->easy = easy;
            if (!easy)
                return false;
            curl_easy_setopt(easy, CURLOPT_URL, request.url.toUtf8().constData());
            curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer);
            curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
            curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
            curl_easy_setopt(easy, CURLOPT_USERAGENT, "Tare/0.1");
            curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
            curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
            curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->errorBuffer);
            // Bodies arrive inflated, a piece at a time: returning less than given aborts the
            // transfer, so a body past the limit never takes more memory than the limit.
            curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, +[](char* data, size_t size, size_t count, void* user) -> size_t {
                auto* target = static_cast<Transfer*>(user);
                const qint64 bytes = qint64(size * count);
                if (target->response.body.size() + bytes > target->request.maxResponseBytes) {
                    target->tooLarge = true;
                    return 0;
                }
                target->response.body.append(data, qsizetype(bytes));
                return size_t(bytes);
            });
            curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer);
            if (request.maxResponseBytes > 0)
                curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes));
            curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, writeHeader);
            curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer->response.headers);
            curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
            curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, transferInfo);
            curl_easy_setopt(easy, CURLOPT_XFERINFODATA, transfer->cancelFlag.get());
            curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(std::max(1, request.connectTimeoutMs)));
            curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(std::max(1, request.totalTimeoutMs)));
            curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
            // No "Expect: 100-continue" round trip for JSON bodies.
            transfer->headerList = curl_slist_append(transfer->headerList, "Expect:");
            for (const auto& [name, value] : std::as_const(request.headers)) {
                const QByteArray line = name + ": " + value;
                transfer->headerList = curl_slist_append(transfer->headerList, line.constData());
            }
            curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headerList);
            if (request.method == "GET") {
                curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
            } else {
                curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
                curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
                if (request.method != "POST")
                    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
            }
        }
        transfer->response.body.clear();
        transfer->response.headers.clear();
        transfer->response.status = 0;
        transfer->tooLarge = false;
        transfer->errorBuffer[0] = 0;
        ++transfer->response.attempts;
        qCDebug(lcHttp) << request.method << request.url << "attempt" << transfer->response.attempts
                        << HttpPolicy::redactedHeaders(request.headers);
        return curl_multi_add_handle(multi, transfer->easy) == CURLM_OK;
    };

    auto schedule = [&](Transfer* transfer, qint64 delayMs) {
        transfer->notBefore = Clock::now() + std::chrono::milliseconds(delayMs);
        delayed.emplace(transfer->notBefore, transfer);
    };

    // Decides what an attempt's result means: done, failed, or another attempt later.
    auto settle = [&](Transfer* transfer, CURLcode code) {
        HttpResponse& response = transfer->response;
        if (transfer->cancelFlag->load()) {
            failCancelled(transfer, tr("cancelled"));
            return;
        }
        const bool attemptsLeft = response.attempts < m_options.maxAttempts;
        if (transfer->tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
            long status = 0;
            curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
            response.status = int(status);
            response.body.clear();
            response.error = tr("the response is larger than %1 MiB, the most accepted for this request; it was not read "
                                "further (a misbehaving or hostile server?)")
                                 .arg(double(transfer->request.maxResponseBytes) / double(1 << 20), 0, 'g', 4);
            finish(transfer);
            return;
        }
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
            response.status = int(status);
            if (status >= 200 && status < 300) {
                response.error.clear();
                finish(transfer);
                return;
            }
            const QString message = HttpPolicy::serverMessage(response.body);
            if (HttpPolicy::isRetryableStatus(response.status)) {
                std::optional<qint64> wait = HttpPolicy::retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
                if (wait && *wait > m_options.maxRetryAfterMs) {
                    response.error = tr("HTTP %1: the server asks to retry after %2 s: %3")
                                         .arg(response.status)
                                         .arg(*wait / 1000)
                                         .arg(message);
                    finish(transfer);
                    return;
                }
                if (attemptsLeft) {
                    // Retry-After is honoured exactly, with up to 10 % added so clients do not return in step.
                    const qint64 delay = wait ? *wait + qint64(double(*wait) * 0.1 * unit(random))
                                              : HttpPolicy::backoffMs(m_options, response.attempts, unit(random));
                    schedule(transfer, delay);
                    return;
                }
                response.error = tr("HTTP %1 after %2 attempt(s): %3")
                                     .arg(response.status)
                                     .arg(response.attempts)
                                     .arg(message);
            } else if (response.status >= 300 && response.status < 400) {
                const QByteArray location = response.header("Location");
                response.error = location.isEmpty()
                    ? tr("HTTP %1: the server redirects without saying where; Tare does not follow redirects")
                          .arg(response.status)
                    : tr("HTTP %1: the server redirects to %2; Tare does not follow redirects: use that address as "
                         "the endpoint if you trust it")
                          .arg(response.status)
                          .arg(DisplayText::escaped(location, 300));
            } else {
                response.error = tr("HTTP %1: %2").arg(response.status).arg(message);
            }
            finish(transfer);
            return;
        }
        const QString curlMessage = transfer->errorBuffer[0] ? QString::fromUtf8(transfer->errorBuffer)
                                                             : QString::fromUtf8(curl_easy_strerror(code));
        if (HttpPolicy::isRetryableCurlCode(code) && attemptsLeft) {
            schedule(transfer, HttpPolicy::backoffMs(m_options, response.attempts, unit(random)));
            return;
        }
        response.status = 0;
        response.error = HttpPolicy::isRetryableCurlCode(code)
            ? tr("network error after %1 attempt(s): %2").arg(response.attempts).arg(curlMessage)
            : tr("network error: %1").arg(curlMessage);
        finish(transfer);
    };

    bool stopping = false;
    while (!stopping) {
        std::vector<std::unique_ptr<Transfer>> incoming;
        bool checkCancels = false;
        {
            std::lock_guard lock(shared.mutex);
            incoming.swap(shared.inbox);
            stopping = shared.stopping;
            limits = shared.endpointLimits;
            if (shared.cancelGeneration != seenCancelGeneration) {
                seenCancelGeneration = shared.cancelGeneration;
                checkCancels = true;
            }
        }
        for (auto& transfer : incoming) {
            Transfer* raw = transfer.get();
            owned.emplace(raw->id, std::move(transfer));
            endpoints[raw->endpoint].ready.push_back(raw);
        }
        if (stopping)
            break;

        if (checkCancels) {
            std::vector<Transfer*> victims;
            for (const auto& [id, transfer] : owned) {
                if (transfer->cancelFlag->load())
                    victims.push_back(transfer.get());
            }
            for (Transfer* transfer : victims) {
                Endpoint& endpoint = endpoints[transfer->endpoint];
                auto readyIt = std::find(endpoint.ready.begin(), endpoint.ready.end(), transfer);
                if (readyIt != endpoint.ready.end()) {
                    endpoint.ready.erase(readyIt);
                } else {
                    auto delayedIt = std::find_if(delayed.begin(), delayed.end(),
                                                  [transfer](const auto& entry) { return entry.second == transfer; });
                    if (delayedIt != delayed.end()) {
                        delayed.erase(delayedIt);
                    } else {
                        curl_multi_remove_handle(multi, transfer->easy);
                        --endpoint.active;
                    }
                }
                failCancelled(transfer, tr("cancelled"));
            }
        }

        // Retries whose wait is over go first in their endpoint's queue.
        const Clock::time_point now = Clock::now();
        while (!delayed.empty() && delayed.begin()->first <= now) {
            Transfer* transfer = delayed.begin()->second;
            delayed.erase(delayed.begin());
            endpoints[transfer->endpoint].ready.push_front(transfer);
        }

        for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
            Endpoint& endpoint = it.value();
            const int limit = limitOf(it.key());
            while (endpoint.active < limit && !endpoint.ready.empty()) {
                Transfer* transfer = endpoint.ready.front();
                endpoint.ready.pop_front();
                if (start(transfer)) {
                    ++endpoint.active;
                } else {
                    transfer->response.error = tr("libcurl could not start the transfer");
                    finish(transfer);
                }
            }
        }

        int running = 0;
        curl_multi_perform(multi, &running);
        int queued = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            Transfer* transfer = nullptr;
            curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
            const CURLcode code = message->data.result;
            curl_multi_remove_handle(multi, message->easy_handle);
            --endpoints[transfer->endpoint].active;
            settle(transfer, code);
        }

        bool startable = false;
        for (auto it = endpoints.cbegin(); it != endpoints.cend() && !startable; ++it)
            startable = it->active < limitOf(it.key()) && !it->ready.empty();
        if (startable)
            continue;

        int timeoutMs = 1000;
        if (!delayed.empty()) {
            const auto untilDue = std::chrono::duration_cast<std::chrono::milliseconds>(delayed.begin()->first
                                                                                        - Clock::now());
            timeoutMs = int(std::clamp<qint64>(untilDue.count() + 1, 0, timeoutMs));
        }
        curl_multi_poll(multi, nullptr, 0, timeoutMs, nullptr);
    }

    // Shutting down: everything still owned ends as cancelled.
    std::vector<Transfer*> remaining;
    for (const auto& [id, transfer] : owned)
        remaining.push_back(transfer.get());
    for (Transfer* transfer : remaining) {
        if (transfer->easy)
            curl_multi_remove_handle(multi, transfer->easy); // harmless when not added
        failCancelled(transfer, tr("the HTTP client was shut down"));
    }
}

} // namespace tare
