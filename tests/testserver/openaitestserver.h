// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <zlib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace tare::test {

/// A small, real HTTP/1.1 server on 127.0.0.1 (ephemeral port, keep-alive) that speaks the
/// OpenAI-compatible wire formats the providers use: POST /v1/chat/completions (with
/// choices[0].logprobs.content[i].top_logprobs[j] {token, logprob}), POST /v1/embeddings, POST /rerank
/// (TEI shape, with raw_scores) and POST /v1/rerank (Cohere/Jina shape), and POST /v1/completions
/// (legacy text completions with logprobs, for true/false-token rerankers such as FollowIR-7B).
/// Answers are deterministic functions of the input (see yesProbability(), embeddingFor(),
/// rerankScore()), so tests know what to expect. It records every request (seen(); bodies() and
/// embeddingInputs() parse them), so tests can assert byte for byte what a client sent. Faults
/// are queued and each request takes the next one: 429 with Retry-After, 500, 400, 401, a dropped
/// connection, truncated JSON, a slow body, missing logprobs, a content-filter refusal, no answer at
/// all, a redirect, a huge body or a gzip bomb. A response hook can rewrite successful bodies
/// (hostile values), and the server can echo the request's Authorization header in every answer.
/// It counts requests,
/// connections and the maximum number of requests in flight.
/// Threads: one accept thread plus one per connection; every public function is thread-safe. The
/// server listens only on the loopback interface and stops (joining its threads) in its destructor.
class OpenAiTestServer
{
public:
    enum class Fault
    {
        None,
        TooManyRequests, ///< 429 with Retry-After (the fault's `retryAfter`)
        ServerError,     ///< 500 with an OpenAI-style error body
        BadRequest,      ///< 400 with an OpenAI-style error body
        Unauthorized,    ///< 401 with an OpenAI-style error body
        Drop,            ///< the connection is closed without a response
        TruncatedJson,   ///< 200 whose body is cut in half (Content-Length matches what is sent)
        SlowBody,        ///< the full response, trickled over `slowBodyMs`
        MissingLogprobs, ///< a chat reply without logprobs, although they were asked for
        Hang,            ///< the request is read and never answered (until the server stops)
        ContentFilter,   ///< 400 as Azure OpenAI refuses a filtered prompt ("The response was filtered ...")
        Redirect,        ///< 301 to the fault's `location`
        HugeBody,        ///< 200 with a body of the fault's `bytes` bytes, streamed (never held in memory)
        GzipBomb,        ///< 200, Content-Encoding gzip, a small body that inflates to the fault's `bytes` bytes
    };

    /// One request as the server saw it.
    struct Seen
    {
        QByteArray method;
        QByteArray path;  ///< without the query
        QByteArray query; ///< after '?', empty when none
        QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
        QByteArray body;
        std::chrono::steady_clock::time_point arrived;

        QByteArray header(const QByteArray& name) const
        {
            for (const auto& [key, value] : headers) {
                if (key == name.toLower())
                    return value;
            }
            return {};
        }
    };

    static constexpr const char* kMarker = "zebra"; ///< documents containing it are judged relevant

    OpenAiTestServer()
    {
        m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_listenFd < 0)
            throw std::runtime_error("test server: socket() failed");
        int one = 1;
        ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (::bind(m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
            || ::listen(m_listenFd, 256) != 0) {
            ::close(m_listenFd);
            throw std::runtime_error("test server: bind/listen on 127.0.0.1 failed");
        }
        socklen_t length = sizeof address;
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_acceptThread = std::thread([this] { acceptLoop(); });
    }

    ~OpenAiTestServer() { stop(); }

    OpenAiTestServer(const OpenAiTestServer&) = delete;
    OpenAiTestServer& operator=(const OpenAiTestServer&) = delete;

    /// Stops listening, closes every connection, releases hanging requests and joins all threads.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_stopping = true;
            for (int fd : m_connectionFds)
                ::shutdown(fd, SHUT_RDWR);
        }
        m_wake.notify_all();
        ::shutdown(m_listenFd, SHUT_RDWR);
        m_acceptThread.join();
        ::close(m_listenFd);
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(m_mutex);
            threads.swap(m_connectionThreads);
        }
        for (std::thread& thread : threads)
            thread.join();
        for (int fd : m_connectionFds)
            ::close(fd);
        m_connectionFds.clear();
    }

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT" (append "/v1" for the OpenAI-compatible endpoints).
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_port); }

    /// Delay before every answer (faults included, except Drop and Hang).
    void setLatencyMs(int milliseconds) { m_latencyMs = milliseconds; }
    /// The next `count` requests get `fault`, in arrival order.
    void pushFault(Fault fault, int count = 1, const QByteArray& retryAfter = QByteArrayLiteral("1"),
                   int slowBodyMs = 300)
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < count; ++i)
            m_faults.push_back({fault, retryAfter, slowBodyMs, {}, 0, {}});
    }
    /// The next `count` requests are redirected (301) to `location`.
    void pushRedirect(const QByteArray& location, int count = 1)
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < count; ++i)
            m_faults.push_back({Fault::Redirect, {}, 300, location, 0, {}});
    }
    /// The next `count` requests get a 200 whose body has `bytes` bytes (HugeBody) or inflates to
    /// them (GzipBomb; the compressed body is made once, here).
    void pushLargeBody(Fault fault, qint64 bytes, int count = 1)
    {
        FaultSpec spec{fault, {}, 300, {}, bytes, {}};
        if (fault == Fault::GzipBomb)
            spec.compressed = std::make_shared<const QByteArray>(gzipOfZeros(bytes));
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < count; ++i)
            m_faults.push_back(spec);
    }
    /// Rewrites the body of every 200 answer (not faults): `hook(request, body)` returns what is sent.
    void setResponseHook(std::function<QByteArray(const Seen&, const QByteArray&)> hook)
    {
        std::lock_guard lock(m_mutex);
        m_hook = std::move(hook);
    }
    /// When on, every JSON answer (errors included) carries the request's Authorization header in
    /// an "echo" field and in error messages, as careless servers and proxies do.
    void setEchoAuthorization(bool on) { m_echoAuthorization = on; }
    /// When on, chat replies never carry logprobs (a server that drops them silently), like
    /// the MissingLogprobs fault for every request.
    void setNeverLogprobs(bool on) { m_neverLogprobs = on; }
    /// When on, chat requests with "max_tokens" get 400 asking for "max_completion_tokens", as
    /// OpenAI's reasoning models answer.
    void setRejectMaxTokens(bool on) { m_rejectMaxTokens = on; }
    /// When on, a rating reply is the bare number ("85") instead of "Relevance: 85/100".
    void setPlainRatings(bool on) { m_plainRatings = on; }
    /// Requests without "Authorization: Bearer <key>" get 401 (empty: no check).
    void setRequiredApiKey(const QByteArray& key)
    {
        std::lock_guard lock(m_mutex);
        m_requiredKey = key;
    }

    /// Requires `key` (setRequiredApiKey) and puts it into the environment variable `variable`,
    /// the key source the client under test is given.
    void requireKeyFromEnvironment(const char* variable, const QByteArray& key)
    {
        setRequiredApiKey(key);
        qputenv(variable, key);
    }

    int requestCount() const { return m_requests.load(); }
    int maxInFlight() const { return m_maxInFlight.load(); }
    int inFlight() const { return m_inFlight.load(); }
    int connectionCount() const { return m_connections.load(); }
    void resetCounters()
    {
        std::lock_guard lock(m_mutex);
        m_requests = 0;
        m_maxInFlight = m_inFlight.load();
        m_connections = 0;
        m_seen.clear();
    }
    QList<Seen> seen() const
    {
        std::lock_guard lock(m_mutex);
        return QList<Seen>(m_seen.begin(), m_seen.end());
    }
    /// The JSON bodies of the requests to `path` (e.g. "/v1/chat/completions"), in arrival order.
    QList<QJsonObject> bodies(const QByteArray& path) const
    {
        QList<QJsonObject> result;
        for (const Seen& request : seen()) {
            if (request.path == path)
                result.append(QJsonDocument::fromJson(request.body).object());
        }
        return result;
    }
    /// Every text sent to /v1/embeddings, in arrival order (the "input" lists concatenated).
    QStringList embeddingInputs() const
    {
        QStringList inputs;
        for (const QJsonObject& body : bodies("/v1/embeddings")) {
            const QJsonValue input = body.value(QStringLiteral("input"));
            if (input.isString())
                inputs.append(input.toString());
            for (const QJsonValue& value : input.toArray())
                inputs.append(value.toString());
        }
        return inputs;
    }

    /// P(yes) the server answers for a chat prompt: high when the prompt contains kMarker, low
    /// otherwise, and spread by a hash of the prompt so that every document gets its own value.
    static double yesProbability(const QString& prompt)
    {
        const double spread = double(fnv1a(prompt.toUtf8()) % 1000) / 1000.0;
        return prompt.contains(QLatin1String(kMarker), Qt::CaseInsensitive) ? 0.75 + 0.2 * spread
                                                                            : 0.05 + 0.2 * spread;
    }
    /// The one sentence the server writes for a prompt asking for a reason ("In one sentence").
    static QString reason(const QString& prompt)
    {
        return yesProbability(prompt) >= 0.5 ? QStringLiteral("The document answers the query directly.")
                                             : QStringLiteral("The document is about something else.");
    }

    /// The rating (0–100) the server writes for a prompt asking for one.
    static int rating(const QString& prompt) { return int(std::lround(100.0 * yesProbability(prompt))); }
    /// The unit vector the server returns for a text.
    static std::vector<float> embeddingFor(const QString& text, int dim)
    {
        std::vector<float> vector(size_t(std::max(1, dim)));
        double norm = 0.0;
        const QByteArray utf8 = text.toUtf8();
        for (size_t k = 0; k < vector.size(); ++k) {
            const quint64 h = fnv1a(utf8 + '#' + QByteArray::number(qulonglong(k)));
            vector[k] = float(double(h % 2001) / 1000.0 - 1.0);
            norm += double(vector[k]) * vector[k];
        }
        norm = std::sqrt(std::max(norm, 1e-12));
        for (float& value : vector)
            value = float(value / norm);
        return vector;
    }
    /// The relevance score both rerank endpoints give a document.
    static double rerankScore(const QString& query, const QString& text)
    {
        return yesProbability(query + QLatin1Char('\n') + text);
    }
    /// The score TEI gives with "raw_scores": true: the logit of rerankScore(), as a cross-encoder's
    /// raw output before the sigmoid.
    static double rawRerankScore(const QString& query, const QString& text)
    {
        const double p = rerankScore(query, text);
        return std::log(p / (1.0 - p));
    }
    /// P(true) a /v1/completions reply gives a prompt (the "true" and "false" tokens share 0.9).
    static double trueProbability(const QString& prompt) { return yesProbability(prompt); }

private:
    struct FaultSpec
    {
        Fault fault = Fault::None;
        QByteArray retryAfter;
        int slowBodyMs = 300;
        QByteArray location;
        qint64 bytes = 0;
        std::shared_ptr<const QByteArray> compressed;
    };

    /// gzip of `bytes` ASCII zeros, made with a small buffer.
    static QByteArray gzipOfZeros(qint64 bytes)
    {
        z_stream stream{};
        deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
        static const QByteArray zeros(1 << 20, '0');
        QByteArray out;
        char buffer[1 << 16];
        qint64 left = bytes;
        do {
            const qint64 take = std::min<qint64>(left, zeros.size());
            left -= take;
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
            stream.avail_in = uInt(take);
            const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
            do {
                stream.next_out = reinterpret_cast<Bytef*>(buffer);
                stream.avail_out = sizeof buffer;
                deflate(&stream, flush);
                out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
            } while (stream.avail_out == 0);
        } while (left > 0);
        deflateEnd(&stream);
        return out;
    }

    static quint64 fnv1a(const QByteArray& bytes)
    {
        quint64 hash = 1469598103934665603ULL;
        for (char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL;
        }
        return hash;
    }

    void acceptLoop()
    {
        for (;;) {
            const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) {
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                return; // shut down
            }
            int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                ::close(fd);
                return;
            }
            ++m_connections;
            m_connectionFds.push_back(fd);
            m_connectionThreads.emplace_back([this, fd] { serve(fd); });
        }
    }

    bool stopping() const
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }

    // Waits `ms` or until the server stops; returns false when stopping.
    bool pause(int ms)
    {
        std::unique_lock lock(m_mutex);
        return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
    }

    static bool sendAll(int fd, const char* data, size_t size)
    {
        while (size > 0) {
            const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
            if (sent <= 0)
                return false;
            data += sent;
            size -= size_t(sent);
        }
        return true;
    }

    // One connection: reads requests one after another (keep-alive) until the client closes.
    // The fd is closed in stop(), never here, so stop() never shuts down a reused descriptor.
    void serve(int fd)
    {
        QByteArray buffer;
        char chunk[65536];
        auto readMore = [&] {
            const ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
            if (got <= 0)
                return false;
            buffer.append(chunk, qsizetype(got));
            return true;
        };
        for (;;) {
            qsizetype headerEnd = -1;
            while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
                if (!readMore())
                    return;
            }
            Seen request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            if (const qsizetype mark = request.path.indexOf('?'); mark >= 0) {
                request.query = request.path.mid(mark + 1);
                request.path.truncate(mark);
            }
            qsizetype contentLength = 0;
            bool expectContinue = false;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name == "content-length")
                    contentLength = value.toLongLong();
                if (name == "expect" && value.toLower() == "100-continue")
                    expectContinue = true;
            }
            if (expectContinue && !sendAll(fd, "HTTP/1.1 100 Continue\r\n\r\n", 25))
                return;
            const qsizetype bodyStart = headerEnd + 4;
            while (buffer.size() < bodyStart + contentLength) {
                if (!readMore())
                    return;
            }
            request.body = buffer.mid(bodyStart, contentLength);
            buffer.remove(0, bodyStart + contentLength);
            request.arrived = std::chrono::steady_clock::now();

            FaultSpec fault;
            QByteArray requiredKey;
            {
                std::lock_guard lock(m_mutex);
                if (!m_faults.empty()) {
                    fault = m_faults.front();
                    m_faults.pop_front();
                }
                requiredKey = m_requiredKey;
                m_seen.push_back(request);
                ++m_requests;
                const int now = ++m_inFlight;
                m_maxInFlight = std::max(m_maxInFlight.load(), now);
            }
            const bool keepOpen = answer(fd, request, fault, requiredKey);
            --m_inFlight;
            if (!keepOpen) {
                ::shutdown(fd, SHUT_RDWR);
                return;
            }
        }
    }

    static QByteArray errorBody(const QString& message, const QString& type)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("message"), message},
                                                      {QStringLiteral("type"), type},
                                                      {QStringLiteral("code"), QJsonValue()}}}})
            .toJson(QJsonDocument::Compact);
    }

    // Sends the answer to one request; returns whether the connection stays open.
    bool answer(int fd, const Seen& request, const FaultSpec& fault, const QByteArray& requiredKey)
    {
        if (fault.fault == Fault::Hang) {
            pause(24 * 3600 * 1000);
            return false;
        }
        if (fault.fault == Fault::Drop)
            return false;
        if (m_latencyMs > 0 && !pause(m_latencyMs))
            return false;

        int status = 200;
        QByteArray extraHeaders;
        QByteArray body;
        if (fault.fault == Fault::HugeBody || fault.fault == Fault::GzipBomb) {
            const bool gzip = fault.fault == Fault::GzipBomb;
            const qint64 length = gzip ? fault.compressed->size() : fault.bytes;
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + QByteArray(gzip ? "Content-Encoding: gzip\r\n" : "") + "Content-Length: " + QByteArray::number(length)
                + "\r\n\r\n";
            if (!sendAll(fd, head.constData(), size_t(head.size())))
                return false;
            if (gzip)
                return sendAll(fd, fault.compressed->constData(), size_t(length));
            static const QByteArray chunk(1 << 16, 'a');
            for (qint64 sent = 0; sent < length;) {
                const qint64 piece = std::min<qint64>(chunk.size(), length - sent);
                if (!sendAll(fd, chunk.constData(), size_t(piece)))
                    return false; // the client gave up reading: that is the point
                sent += piece;
            }
            return true;
        }
        switch (fault.fault) {
        case Fault::Redirect:
            status = 301;
            extraHeaders = "Location: " + fault.location + "\r\n";
            body = errorBody(QStringLiteral("Moved"), QStringLiteral("moved"));
            break;
        case Fault::TooManyRequests:
            status = 429;
            extraHeaders = "Retry-After: " + fault.retryAfter + "\r\n";
            body = errorBody(QStringLiteral("Rate limit reached (test server)"), QStringLiteral("rate_limit_exceeded"));
            break;
        case Fault::ServerError:
            status = 500;
            body = errorBody(QStringLiteral("The server had an error processing your request (test server)"),
                             QStringLiteral("server_error"));
            break;
        case Fault::BadRequest:
            status = 400;
            body = errorBody(QStringLiteral("Invalid request: bad parameter (test server)"),
                             QStringLiteral("invalid_request_error"));
            break;
        case Fault::ContentFilter:
            status = 400;
            body = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                              QJsonObject{{QStringLiteral("message"),
                                                           QStringLiteral("The response was filtered due to the prompt "
                                                                          "triggering Azure OpenAI's content management "
                                                                          "policy. Please modify your prompt and retry.")},
                                                          {QStringLiteral("type"), QJsonValue()},
                                                          {QStringLiteral("param"), QStringLiteral("prompt")},
                                                          {QStringLiteral("code"), QStringLiteral("content_filter")},
                                                          {QStringLiteral("status"), 400}}}})
                       .toJson(QJsonDocument::Compact);
            break;
        case Fault::Unauthorized:
            status = 401;
            body = errorBody(QStringLiteral("Incorrect API key provided (test server)"),
                             QStringLiteral("invalid_request_error"));
            break;
        default:
            if (!requiredKey.isEmpty() && request.header("authorization") != "Bearer " + requiredKey) {
                status = 401;
                body = errorBody(QStringLiteral("Incorrect API key provided (test server)"),
                                 QStringLiteral("invalid_request_error"));
            } else {
                std::tie(status, body) = route(request, fault.fault == Fault::MissingLogprobs || m_neverLogprobs);
            }
            break;
        }
        if (status == 200 && fault.fault == Fault::None) {
            std::function<QByteArray(const Seen&, const QByteArray&)> hook;
            {
                std::lock_guard lock(m_mutex);
                hook = m_hook;
            }
            if (hook)
                body = hook(request, body);
        }
        if (m_echoAuthorization)
            body = withEcho(body, request.header("authorization"));
        if (fault.fault == Fault::TruncatedJson)
            body.truncate(body.size() / 2);

        const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + "\r\n";
        if (!sendAll(fd, head.constData(), size_t(head.size())))
            return false;
        if (fault.fault == Fault::SlowBody) {
            const qsizetype pieces = std::min<qsizetype>(10, std::max<qsizetype>(1, body.size()));
            const qsizetype step = (body.size() + pieces - 1) / pieces;
            for (qsizetype offset = 0; offset < body.size(); offset += step) {
                if (!sendAll(fd, body.constData() + offset, size_t(std::min(step, body.size() - offset))))
                    return false;
                if (!pause(fault.slowBodyMs / int(pieces)))
                    return false;
            }
            return true;
        }
        return sendAll(fd, body.constData(), size_t(body.size()));
    }

    // The body with the Authorization header added: as an "echo" field, and in an error's message.
    static QByteArray withEcho(const QByteArray& body, const QByteArray& authorization)
    {
        QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject())
            return body + " (you sent: " + authorization + ")";
        QJsonObject object = document.object();
        object.insert(QStringLiteral("echo"), QString::fromUtf8(authorization));
        if (object.value(QStringLiteral("error")).isObject()) {
            QJsonObject error = object.value(QStringLiteral("error")).toObject();
            const QString message = error.value(QStringLiteral("message")).toString() + QStringLiteral(" (you sent: ")
                + QString::fromUtf8(authorization) + u')';
            error.insert(QStringLiteral("message"), message);
            object.insert(QStringLiteral("error"), error);
        }
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 404:
            return "Not Found";
        case 429:
            return "Too Many Requests";
        default:
            return "Internal Server Error";
        }
    }

    std::pair<int, QByteArray> route(const Seen& request, bool dropLogprobs)
    {
        QJsonParseError parseError;
        const QJsonObject input = QJsonDocument::fromJson(request.body, &parseError).object();
        if (request.method != "POST")
            return {404, errorBody(QStringLiteral("Only POST is served"), QStringLiteral("not_found"))};
        if (parseError.error != QJsonParseError::NoError)
            return {400, errorBody(QStringLiteral("The body is not valid JSON"), QStringLiteral("invalid_request_error"))};
        if (request.path == "/v1/chat/completions") {
            if (m_rejectMaxTokens && input.contains(QStringLiteral("max_tokens")))
                return {400, errorBody(QStringLiteral("Unsupported parameter: 'max_tokens' is not supported with this "
                                                      "model. Use 'max_completion_tokens' instead."),
                                       QStringLiteral("invalid_request_error"))};
            return chat(input, dropLogprobs);
        }
        if (request.path == "/v1/embeddings")
            return embeddings(input);
        if (request.path == "/v1/completions")
            return completion(input);
        if (request.path == "/rerank" || request.path == "/v1/rerank")
            return rerank(input, request.path == "/rerank");
        return {404, errorBody(QStringLiteral("Unknown path ") + QString::fromUtf8(request.path),
                               QStringLiteral("not_found"))};
    }

    static QJsonObject top(const QString& token, double probability)
    {
        return {{QStringLiteral("token"), token},
                {QStringLiteral("logprob"), std::log(probability)},
                {QStringLiteral("bytes"), QJsonValue()}};
    }

    std::pair<int, QByteArray> chat(const QJsonObject& input, bool dropLogprobs) const
    {
        const QJsonArray messages = input.value(QStringLiteral("messages")).toArray();
        if (input.value(QStringLiteral("model")).toString().isEmpty() || messages.isEmpty())
            return {400, errorBody(QStringLiteral("'model' and 'messages' are required"),
                                   QStringLiteral("invalid_request_error"))};
        const QString prompt = messages.last().toObject().value(QStringLiteral("content")).toString();
        const double p = yesProbability(prompt);
        const bool wantsLogprobs = input.value(QStringLiteral("logprobs")).toBool();
        const bool wantsRating = prompt.contains(QStringLiteral("0 to 100"));
        QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        QString content;
        if (wantsRating) {
            content = m_plainRatings ? QString::number(rating(prompt))
                                     : QStringLiteral("Relevance: ") + QString::number(rating(prompt)) + QStringLiteral("/100");
        } else if (prompt.contains(QStringLiteral("In one sentence"))) {
            content = reason(prompt) + QStringLiteral(" This second sentence is more than was asked for.");
        } else {
            content = p >= 0.5 ? QStringLiteral("Yes.") : QStringLiteral("No.");
        }
        choice.insert(QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), content}});
        if (wantsLogprobs && !dropLogprobs && !wantsRating) {
            std::vector<QJsonObject> candidates{top(QStringLiteral("Yes"), 0.6 * p), top(QStringLiteral("No"), 0.6 * (1 - p)),
                                                top(QStringLiteral(" yes"), 0.25 * p), top(QStringLiteral(" no"), 0.25 * (1 - p)),
                                                top(QStringLiteral("Maybe"), 0.15)};
            std::sort(candidates.begin(), candidates.end(), [](const QJsonObject& a, const QJsonObject& b) {
                return a.value(QStringLiteral("logprob")).toDouble() > b.value(QStringLiteral("logprob")).toDouble();
            });
            QJsonArray first;
            for (const QJsonObject& candidate : candidates)
                first.append(candidate);
            const QJsonArray second{top(QStringLiteral("."), 0.7), top(QStringLiteral("!"), 0.2),
                                    top(QStringLiteral("yesterday"), 0.1)};
            const QJsonObject firstToken = first.first().toObject();
            QJsonArray contentTokens{
                QJsonObject{{QStringLiteral("token"), firstToken.value(QStringLiteral("token"))},
                            {QStringLiteral("logprob"), firstToken.value(QStringLiteral("logprob"))},
                            {QStringLiteral("bytes"), QJsonValue()},
                            {QStringLiteral("top_logprobs"), first}},
                QJsonObject{{QStringLiteral("token"), QStringLiteral(".")},
                            {QStringLiteral("logprob"), std::log(0.7)},
                            {QStringLiteral("bytes"), QJsonValue()},
                            {QStringLiteral("top_logprobs"), second}}};
            choice.insert(QStringLiteral("logprobs"), QJsonObject{{QStringLiteral("content"), contentTokens}});
        } else {
            choice.insert(QStringLiteral("logprobs"), QJsonValue());
        }
        const QJsonObject output{{QStringLiteral("id"), QStringLiteral("chatcmpl-test")},
                                 {QStringLiteral("object"), QStringLiteral("chat.completion")},
                                 {QStringLiteral("created"), 0},
                                 {QStringLiteral("model"), input.value(QStringLiteral("model"))},
                                 {QStringLiteral("choices"), QJsonArray{choice}}};
        return {200, QJsonDocument(output).toJson(QJsonDocument::Compact)};
    }

    static std::pair<int, QByteArray> embeddings(const QJsonObject& input)
    {
        QStringList texts;
        const QJsonValue in = input.value(QStringLiteral("input"));
        if (in.isString()) {
            texts.append(in.toString());
        } else {
            for (const QJsonValue& value : in.toArray())
                texts.append(value.toString());
        }
        if (texts.isEmpty())
            return {400, errorBody(QStringLiteral("'input' is required"), QStringLiteral("invalid_request_error"))};
        const int dim = input.value(QStringLiteral("dimensions")).toInt(8);
        QJsonArray data;
        // Listed in reverse order: clients must order by "index".
        for (qsizetype i = texts.size() - 1; i >= 0; --i) {
            QJsonArray vector;
            for (float value : embeddingFor(texts[i], dim))
                vector.append(double(value));
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                    {QStringLiteral("index"), int(i)},
                                    {QStringLiteral("embedding"), vector}});
        }
        const QJsonObject output{{QStringLiteral("object"), QStringLiteral("list")},
                                 {QStringLiteral("data"), data},
                                 {QStringLiteral("model"), input.value(QStringLiteral("model"))}};
        return {200, QJsonDocument(output).toJson(QJsonDocument::Compact)};
    }

    // A text completion with legacy logprobs: top_logprobs[i] is {token: logprob}. The first token
    // is "true" or "false"; both are among the alternatives, with " true" and "False" as distractors.
    static std::pair<int, QByteArray> completion(const QJsonObject& input)
    {
        const QString prompt = input.value(QStringLiteral("prompt")).toString();
        if (input.value(QStringLiteral("model")).toString().isEmpty() || prompt.isEmpty())
            return {400, errorBody(QStringLiteral("'model' and 'prompt' are required"), QStringLiteral("invalid_request_error"))};
        const double p = trueProbability(prompt);
        const QJsonObject first{{QStringLiteral("true"), std::log(0.9 * p)},
                                {QStringLiteral("false"), std::log(0.9 * (1.0 - p))},
                                {QStringLiteral(" true"), std::log(0.06)},
                                {QStringLiteral("False"), std::log(0.04)}};
        QJsonObject choice{{QStringLiteral("index"), 0},
                           {QStringLiteral("text"), p >= 0.5 ? QStringLiteral("true") : QStringLiteral("false")},
                           {QStringLiteral("finish_reason"), QStringLiteral("length")}};
        if (input.value(QStringLiteral("logprobs")).toInt() > 0) {
            choice.insert(QStringLiteral("logprobs"),
                          QJsonObject{{QStringLiteral("tokens"), QJsonArray{choice.value(QStringLiteral("text"))}},
                                      {QStringLiteral("token_logprobs"), QJsonArray{std::log(0.9 * std::max(p, 1.0 - p))}},
                                      {QStringLiteral("top_logprobs"), QJsonArray{first}}});
        }
        const QJsonObject output{{QStringLiteral("id"), QStringLiteral("cmpl-test")},
                                 {QStringLiteral("object"), QStringLiteral("text_completion")},
                                 {QStringLiteral("model"), input.value(QStringLiteral("model"))},
                                 {QStringLiteral("choices"), QJsonArray{choice}}};
        return {200, QJsonDocument(output).toJson(QJsonDocument::Compact)};
    }

    static std::pair<int, QByteArray> rerank(const QJsonObject& input, bool teiShape)
    {
        const QString query = input.value(QStringLiteral("query")).toString();
        const QJsonArray documents = input.value(teiShape ? QStringLiteral("texts") : QStringLiteral("documents")).toArray();
        if (documents.isEmpty())
            return {400, errorBody(teiShape ? QStringLiteral("'texts' is required") : QStringLiteral("'documents' is required"),
                                   QStringLiteral("invalid_request_error"))};
        std::vector<std::pair<double, int>> scored;
        const bool raw = teiShape && input.value(QStringLiteral("raw_scores")).toBool();
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QString text = documents[i].toString();
            scored.emplace_back(raw ? rawRerankScore(query, text) : rerankScore(query, text), int(i));
        }
        std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QJsonArray results;
        for (const auto& [score, index] : scored) {
            results.append(QJsonObject{{QStringLiteral("index"), index},
                                       {teiShape ? QStringLiteral("score") : QStringLiteral("relevance_score"), score}});
        }
        if (teiShape)
            return {200, QJsonDocument(results).toJson(QJsonDocument::Compact)};
        const QJsonObject output{{QStringLiteral("id"), QStringLiteral("rerank-test")},
                                 {QStringLiteral("model"), input.value(QStringLiteral("model"))},
                                 {QStringLiteral("results"), results}};
        return {200, QJsonDocument(output).toJson(QJsonDocument::Compact)};
    }

    int m_listenFd = -1;
    quint16 m_port = 0;
    std::thread m_acceptThread;

    mutable std::mutex m_mutex; // guards everything below that is not atomic
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::vector<std::thread> m_connectionThreads;
    std::vector<int> m_connectionFds;
    std::deque<FaultSpec> m_faults;
    QByteArray m_requiredKey;
    std::function<QByteArray(const Seen&, const QByteArray&)> m_hook;
    std::vector<Seen> m_seen;

    std::atomic<int> m_latencyMs{0};
    std::atomic<bool> m_neverLogprobs{false};
    std::atomic<bool> m_rejectMaxTokens{false};
    std::atomic<bool> m_plainRatings{false};
    std::atomic<bool> m_echoAuthorization{false};
    std::atomic<int> m_requests{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
    std::atomic<int> m_connections{0};
};

} // namespace tare::test
