// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointpresets.h"

#include "core/util/tareerror.h"

#include <QStringList>

namespace tare {

const QList<EndpointPreset>& EndpointPresets::all()
{
    static const QList<EndpointPreset> presets{
        {QStringLiteral("openai"), QStringLiteral("OpenAI"), QStringLiteral("https://api.openai.com/v1"),
         QStringLiteral("OPENAI_API_KEY")},
        {QStringLiteral("ollama"), QStringLiteral("Ollama"), QStringLiteral("http://localhost:11434/v1"), {}},
        {QStringLiteral("vllm"), QStringLiteral("vLLM"), QStringLiteral("http://localhost:8000/v1"), {}},
        {QStringLiteral("llamacpp"), QStringLiteral("llama.cpp server"), QStringLiteral("http://localhost:8080/v1"), {}},
        {QStringLiteral("litellm"), QStringLiteral("LiteLLM"), QStringLiteral("http://localhost:4000"), {}},
        {QStringLiteral("tei"), QStringLiteral("Text Embeddings Inference"), QStringLiteral("http://localhost:8080"), {}},
    };
    return presets;
}

std::optional<EndpointPreset> EndpointPresets::find(const QString& name)
{
    QString key = name.trimmed().toLower();
    if (key == u"llama.cpp" || key == u"llama-cpp")
        key = QStringLiteral("llamacpp");
    for (const EndpointPreset& preset : all()) {
        if (preset.name == key)
            return preset;
    }
    return std::nullopt;
}

QString EndpointPresets::names()
{
    QStringList names;
    for (const EndpointPreset& preset : all())
        names.append(preset.name);
    return names.join(QStringLiteral(", "));
}

void EndpointPresets::apply(const QString& name, QString& baseUrl, QString& apiKeyEnv)
{
    if (name.isEmpty())
        return;
    const std::optional<EndpointPreset> preset = find(name);
    if (!preset)
        throw TareError(TareError::Kind::Usage, tr("unknown endpoint preset '%1' (%2)").arg(name, names()));
    if (baseUrl.isEmpty())
        baseUrl = preset->baseUrl;
    if (apiKeyEnv.isEmpty())
        apiKeyEnv = preset->apiKeyEnv;
}

} // namespace tare
