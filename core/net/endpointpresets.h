// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tare {

/// A well-known serving stack and where it listens by default. A plain value type.
struct EndpointPreset
{
    QString name;        ///< what --preset takes: openai, ollama, vllm, llamacpp, litellm, tei
    QString displayName; ///< e.g. "llama.cpp server"
    QString baseUrl;     ///< the base URL as the service documents it
    QString apiKeyEnv;   ///< the usual key variable; empty when the service needs none
};

/// The built-in endpoint presets, and how a preset fills in what the user left out. Stateless;
/// usable from any thread.
class EndpointPresets
{
    Q_DECLARE_TR_FUNCTIONS(tare::EndpointPresets)

public:
    /// Every preset, in a stable order.
    static const QList<EndpointPreset>& all();
    /// The preset of that name (case-insensitive; "llama.cpp" and "llama-cpp" name llamacpp).
    static std::optional<EndpointPreset> find(const QString& name);
    /// The names, comma-separated, for help texts and error messages.
    static QString names();

    /// Fills `baseUrl` and `apiKeyEnv` from the preset `name` where they are empty; an empty
    /// `name` leaves both as they are. Throws TareError(Usage) naming the presets for an unknown name.
    static void apply(const QString& name, QString& baseUrl, QString& apiKeyEnv);
};

} // namespace tare
