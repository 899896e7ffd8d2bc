// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointurl.h"

#include "core/util/tareerror.h"

#include <QUrl>
#include <QUrlQuery>

namespace tare {

QString EndpointUrl::join(const QString& base, const QString& path)
{
    QUrl url(base);
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

void EndpointUrl::checkEndpoint(const QString& url, const QString& missing)
{
    if (url.isEmpty() || !QUrl(url).isValid())
        throw TareError(TareError::Kind::Usage, missing);
    checkNoCredentials(url);
}

void EndpointUrl::checkNoCredentials(const QString& url)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty())
        throw TareError(TareError::Kind::Usage, tr("'%1' is not an http:// or https:// URL").arg(parsed.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    if (!parsed.userInfo().isEmpty())
        throw TareError(TareError::Kind::Usage,
                        tr("the endpoint URL must not hold credentials (user:password@); the URL is stored with runs "
                           "and spaces: give the API key through a key source instead (--api-key-env VAR)"));
    // Parts of a name that mark a secret anywhere ("x-api-key", "access_token") and whole names that do.
    static const char* const secretParts[] = {"key", "token", "secret", "passw", "credential"};
    static const char* const secretNames[] = {"sig", "signature", "auth", "authorization", "pwd", "session", "code"};
    for (const auto& item : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        const QString& name = item.first;
        const QString lower = name.toLower();
        bool secret = false;
        for (const char* part : secretParts)
            secret = secret || lower.contains(QLatin1StringView(part));
        for (const char* whole : secretNames)
            secret = secret || lower == QLatin1StringView(whole);
        if (secret)
            throw TareError(TareError::Kind::Usage,
                            tr("the endpoint URL must not hold credentials (the query parameter '%1'); the URL is "
                               "stored with runs and spaces: give the API key through a key source instead "
                               "(--api-key-env VAR)")
                                .arg(name.left(40)));
    }
}

QString EndpointUrl::publicUrl(const QString& url)
{
    QUrl parsed(url);
    parsed.setUserInfo({});
    parsed.setQuery(QString());
    parsed.setFragment({});
    QString text = parsed.toString();
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

} // namespace tare
