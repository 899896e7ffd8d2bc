// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointurl.h"

#include <QUrl>

namespace tare {

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
