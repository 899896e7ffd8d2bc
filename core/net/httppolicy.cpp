// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/httppolicy.h"

#include "core/net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <curl/curl.h>

#include <algorithm>
#include <cmath>

namespace tare {

namespace {

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "api-key" || lower == "x-api-key"
        || lower.contains("token");
}

} // namespace

std::optional<qint64> HttpPolicy::retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : std::min<qint64>(seconds, qint64(1) << 40) * 1000;
    const time_t date = curl_getdate(trimmed.constData(), nullptr);
    if (date == -1)
        return std::nullopt;
    return std::max<qint64>(0, qint64(date) * 1000 - now.toMSecsSinceEpoch());
}

qint64 HttpPolicy::backoffMs(const HttpClientOptions& options, int retry, double jitter01)
{
    const double exponential = double(options.initialBackoffMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(exponential, double(options.maxBackoffMs));
    // "Equal jitter": at least half the delay, so retries spread out but never hammer the server.
    return qint64(capped / 2.0 + capped / 2.0 * std::clamp(jitter01, 0.0, 1.0));
}

bool HttpPolicy::isFatalStatus(int status)
{
    return status == 401 || status == 403 || status == 404;
}

bool HttpPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
}

QString HttpPolicy::redactedHeaders(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QStringList parts;
    for (const auto& [name, value] : headers) {
        const bool secret = isSecretHeader(name);
        parts.append(QString::fromLatin1(name) % u": " % (secret ? QStringLiteral("<redacted>") : QString::fromUtf8(value)));
    }
    return parts.join(u"; ");
}

QList<QByteArray> HttpPolicy::secretValues(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QByteArray> secrets;
    for (const auto& [name, value] : headers) {
        if (!isSecretHeader(name))
            continue;
        QByteArray secret = value.trimmed();
        // "Bearer KEY", "Basic ...": the credential is the last word.
        const qsizetype space = secret.lastIndexOf(' ');
        if (space >= 0)
            secret = secret.mid(space + 1);
        // Very short values would redact ordinary text; no real key is that short.
        if (secret.size() >= 6)
            secrets.append(secret);
    }
    return secrets;
}

namespace {

// "<redacted>", unless the secret could survive its own redaction: a secret that is part of the
// marker ("dacted") reappears in it, one with '<' or '>' can span a marker and its neighbour.
// Then a run of a character the secret lacks, which no occurrence of the secret can touch.
QByteArray redactionMarker(const QByteArray& secret)
{
    static const QByteArray marker = QByteArrayLiteral("<redacted>");
    if (!marker.contains(secret) && !secret.contains('<') && !secret.contains('>'))
        return marker;
    for (int step = 0; step < 256; ++step) {
        const char c = char(('!' + step) % 256);
        if (!secret.contains(c))
            return QByteArray(8, c);
    }
    return marker; // a secret with all 256 byte values: none is that long
}

} // namespace

void HttpPolicy::redact(HttpResponse& response, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        const QByteArray replacement = redactionMarker(secret);
        if (response.body.contains(secret))
            response.body.replace(secret, replacement);
        for (auto& header : response.headers) {
            if (header.second.contains(secret))
                header.second.replace(secret, replacement);
        }
        const QString text = QString::fromUtf8(secret);
        if (response.error.contains(text))
            response.error.replace(text, QString::fromUtf8(replacement));
    }
}

QString HttpPolicy::serverMessage(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue errorValue = object.value(u"error");
        if (errorValue.isObject()) {
            const QString message = errorValue.toObject().value(u"message").toString();
            if (!message.isEmpty())
                return message;
        }
        if (errorValue.isString())
            return errorValue.toString();
        for (const auto key : {u"message", u"detail"}) {
            if (object.value(key).isString())
                return object.value(key).toString();
        }
    }
    QString text = QString::fromUtf8(body.left(500)).simplified();
    if (body.size() > 500)
        text += u'…';
    return text;
}

bool HttpPolicy::isRetryableCurlCode(int code)
{
    switch (CURLcode(code)) {
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_PARTIAL_FILE:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
        return true;
    default:
        return false;
    }
}

} // namespace tare
