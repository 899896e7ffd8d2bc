// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgefactory.h"

#include "core/judge/llmjudge.h"
#include "core/judge/rerankjudge.h"
#include "core/judge/simulatedjudge.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace tare {

bool JudgeFactory::isRemote(const QString& spec)
{
    return spec == u"llm-yesno" || spec == u"llm-rating" || spec == u"rerank" || spec == u"rerank-cohere";
}

std::unique_ptr<Judge> JudgeFactory::create(const QString& spec, const GoldJudge::Grades& grades,
                                            const RemoteJudgeSettings& remote)
{
    auto fail = [&](const QString& why) {
        return TareError(TareError::Kind::Usage,
                         QCoreApplication::translate("tare::JudgeFactory",
                                                     "invalid judge '%1': %2 (use gold, simulated:flip=RATE, "
                                                     "simulated:sigma=SD with optional ,seed=N, llm-yesno, llm-rating, rerank or rerank-cohere)")
                             .arg(spec, why));
    };
    if (spec == u"gold")
        return std::make_unique<GoldJudge>(grades);
    if (isRemote(spec)) {
        if (remote.endpoint.isEmpty())
            throw fail(QCoreApplication::translate("tare::JudgeFactory", "an HTTP judge needs an endpoint URL"));
        // The endpoint is stored with the run: credentials in it would land in the project file.
        if (!QUrl(remote.endpoint).userInfo().isEmpty())
            throw fail(QCoreApplication::translate("tare::JudgeFactory",
                                                   "the endpoint URL must not hold credentials; name the API key's "
                                                   "environment variable instead"));
        if (spec.startsWith(QStringLiteral("llm-"))) {
            LlmJudgeSettings settings;
            settings.mode = spec == u"llm-yesno" ? LlmJudgeSettings::Mode::YesNo : LlmJudgeSettings::Mode::Rating;
            settings.baseUrl = remote.endpoint;
            settings.model = remote.model;
            settings.apiKeyEnv = remote.apiKeyEnv;
            settings.concurrency = remote.concurrency;
            settings.useMaxCompletionTokens = remote.useMaxCompletionTokens;
            settings.connectTimeoutMs = remote.connectTimeoutMs;
            settings.totalTimeoutMs = remote.totalTimeoutMs;
            return std::make_unique<LlmJudge>(settings);
        }
        RerankJudgeSettings settings;
        settings.shape = spec == u"rerank" ? OpenAiWire::RerankShape::Tei : OpenAiWire::RerankShape::Cohere;
        settings.provider = spec == u"rerank" ? QStringLiteral("tei") : QStringLiteral("cohere-compatible");
        settings.baseUrl = remote.endpoint;
        settings.model = remote.model;
        settings.apiKeyEnv = remote.apiKeyEnv;
        settings.concurrency = remote.concurrency;
        settings.connectTimeoutMs = remote.connectTimeoutMs;
        settings.totalTimeoutMs = remote.totalTimeoutMs;
        return std::make_unique<RerankJudge>(settings);
    }
    if (!spec.startsWith(QStringLiteral("simulated")))
        throw fail(QCoreApplication::translate("tare::JudgeFactory", "unknown judge"));
    SimulatedJudge::Params params;
    const QStringList parts = spec.mid(9).split(QRegularExpression(QStringLiteral("[:,]")), Qt::SkipEmptyParts);
    bool haveNoise = false;
    for (const QString& part : parts) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        if (key == u"flip") {
            params.flip = value.toDouble(&ok);
            ok = ok && params.flip >= 0.0 && params.flip <= 1.0;
            haveNoise = true;
        } else if (key == u"sigma") {
            params.sigma = value.toDouble(&ok);
            ok = ok && params.sigma > 0.0;
            haveNoise = true;
        } else if (key == u"seed") {
            params.seed = value.toULongLong(&ok);
        }
        if (!ok)
            throw fail(QCoreApplication::translate("tare::JudgeFactory", "bad parameter '%1'").arg(part));
    }
    if (!haveNoise)
        throw fail(QCoreApplication::translate("tare::JudgeFactory", "a simulated judge needs flip or sigma"));
    return std::make_unique<SimulatedJudge>(grades, params);
}

} // namespace tare
