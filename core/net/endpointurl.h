// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

/// The form of an endpoint's URL that may be shown, logged and stored: the identities of judges
/// and embedders and the parameters of spaces use it. Pure functions; any thread.
class EndpointUrl
{
public:
    /// `url` without user name, password, query or fragment (and trailing slashes): safe to show
    /// and to key a cache on.
    static QString publicUrl(const QString& url);
};

} // namespace tare
