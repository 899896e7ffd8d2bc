// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tare {

/// How the clients turn an endpoint's base URL (as the service documents it) into request URLs,
/// what an endpoint URL may not hold, and the form of it that may be shown, logged and stored (the
/// identities of judges and embedders and the parameters of spaces use it). Base URLs are stored
/// with runs and spaces, so they must never carry a secret: credentials belong in a key source
/// (ApiKey). Pure functions; any thread.
class EndpointUrl
{
    Q_DECLARE_TR_FUNCTIONS(tare::EndpointUrl)

public:
    /// `url` without user name, password, query or fragment (and trailing slashes): safe to show
    /// and to key a cache on.
    static QString publicUrl(const QString& url);
    /// `path` ("/chat/completions") appended to the base URL's path, before its query:
    /// "https://h/v1?api-version=2" + "/embeddings" -> "https://h/v1/embeddings?api-version=2".
    static QString join(const QString& base, const QString& path);

    /// Throws TareError(Usage) when `url` is not an http(s) URL or holds credentials: a user name
    /// or password, or a query parameter named like a key, token, secret, password or signature
    /// (api-key=..., access_token=..., sig=...). The message names the parameter, never its value.
    static void checkNoCredentials(const QString& url);
    /// The check of a client's endpoint: throws TareError(Usage) with `missing` (the client's own
    /// words) when `url` is empty or no URL at all, then checks it as checkNoCredentials does.
    static void checkEndpoint(const QString& url, const QString& missing);
};

} // namespace tare
