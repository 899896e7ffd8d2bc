// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/net/endpointurl.h"
#include "core/net/httpclient.h"
#include "core/net/httppolicy.h"

// What becomes of a server's answer before it is stored or shown: the key's value redacted from
// body, headers and error; the server's message read from it; an endpoint URL joined with a
// path and checked for credentials. The input's first
// byte sets the length of the "key" (taken from the input); the rest is the body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    if (size == 0)
        return 0;
    const qsizetype keyLength = std::min<qsizetype>(qsizetype(size) - 1, 6 + data[0] % 26);
    QByteArray key = fuzz::inputBytes(data + 1, size_t(keyLength)).toByteArray();
    const QByteArray body = fuzz::inputBytes(data + 1 + keyLength, size - 1 - size_t(keyLength)).toByteArray();
    // As real keys: no marker characters and no whitespace (a header value's surrounding whitespace
    // is not part of it, so the secret taken from the header is the trimmed value).
    for (char& c : key) {
        if (c == '<' || c == '>' || QChar::isSpace(uchar(c)))
            c = 'k';
    }

    HttpResponse response;
    response.body = body + key + body;
    response.error = QString::fromUtf8(body + key);
    response.headers.append({QByteArrayLiteral("X-Echo"), key + body});
    const QList<QByteArray> secrets = HttpPolicy::secretValues({{QByteArrayLiteral("Authorization"), "Bearer " + key}});
    HttpPolicy::redact(response, secrets);
    if (key.size() >= 6) {
        if (secrets != QList<QByteArray>{key})
            std::abort();
        if (response.body.contains(key) || response.headers.first().second.contains(key))
            std::abort();
        const QString text = QString::fromUtf8(key);
        if (!text.contains(QChar::ReplacementCharacter) && response.error.contains(text))
            std::abort();
    }

    HttpPolicy::serverMessage(body);

    const QString url = QString::fromUtf8(body);
    const QString joined = EndpointUrl::join(url, QStringLiteral("/chat/completions"));
    fuzz::tolerateInputErrors([&] { EndpointUrl::checkNoCredentials(url); });
    fuzz::tolerateInputErrors([&] { EndpointUrl::checkNoCredentials(joined); });
    return 0;
}
