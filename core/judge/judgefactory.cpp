// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgefactory.h"

#include "core/judge/llmjudge.h"
#include "core/judge/rerankjudge.h"
#include "core/judge/simulatedjudge.h"
#include "core/net/endpointurl.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace tare {

namespace {

QString baseName(const QString& spec)
{
    return spec.section(u':', 0, 0).trimmed();
}

/// The connection part of an HTTP judge's settings, as `remote` gives it.
JudgeEndpoint endpointOf(const RemoteJudgeSettings& remote)
{
    return {.baseUrl = remote.endpoint, .model = remote.model, .apiKeyEnv = remote.apiKeyEnv, .concurrency = remote.concurrency,
            .connectTimeoutMs = remote.connectTimeoutMs, .totalTimeoutMs = remote.totalTimeoutMs, .maxAttempts = remote.maxAttempts};
}

} // namespace

bool JudgeFactory::isRemote(const QString& spec)
{
    const QString base = baseName(spec);
    return base == u"llm-yesno" || base == u"llm-rating" || base == u"llm-truefalse" || base == u"rerank"
        || base == u"rerank-cohere";
}

std::unique_ptr<Judge> JudgeFactory::create(const QString& spec, const GoldJudge::Grades& grades,
                                            const RemoteJudgeSettings& remote)
{
    auto fail = [&](const QString& why) {
        return TareError(TareError::Kind::Usage,
                         QCoreApplication::translate("tare::JudgeFactory",
                                                     "invalid judge '%1': %2 (use gold, simulated:flip=RATE, "
                                                     "simulated:sigma=SD with optional ,seed=N, llm-yesno, llm-rating[:raw], "
                                                     "llm-truefalse, rerank[:raw] or rerank-cohere)")
                             .arg(spec, why));
    };
    if (spec == u"gold")
        return std::make_unique<GoldJudge>(grades);
    if (isRemote(spec)) {
        if (remote.endpoint.isEmpty())
            throw fail(QCoreApplication::translate("tare::JudgeFactory", "an HTTP judge needs an endpoint URL"));
        // The endpoint is stored with the run: credentials in it would land in the project file.
        EndpointUrl::checkNoCredentials(remote.endpoint);
        const QString base = baseName(spec);
        bool raw = false;
        bool contentFilterNeutral = true;
        for (const QString& option : spec.section(u':', 1).split(u',', Qt::SkipEmptyParts)) {
            const QString key = option.section(u'=', 0, 0).trimmed();
            const QString value = option.section(u'=', 1).trimmed();
            if ((key == u"raw" && value.isEmpty()) || (key == u"scale" && value == u"raw")
                || (key == u"scores" && value == u"raw"))
                raw = true;
            else if ((key == u"scale" && value == u"unit") || (key == u"scores" && value == u"sigmoid"))
                raw = false;
            else if (key == u"content-filter" && (value == u"neutral" || value == u"fail"))
                contentFilterNeutral = value == u"neutral";
            else
                throw fail(QCoreApplication::translate("tare::JudgeFactory", "unknown option '%1'").arg(option));
        }
        if (raw && base != u"llm-rating" && base != u"rerank")
            throw fail(QCoreApplication::translate("tare::JudgeFactory", "raw scores are an option of llm-rating and rerank"));
        if (!contentFilterNeutral && !base.startsWith(QStringLiteral("llm-")))
            throw fail(QCoreApplication::translate("tare::JudgeFactory", "content-filter is an option of the LLM judges"));
        if (base.startsWith(QStringLiteral("llm-"))) {
            LlmJudgeSettings settings;
            settings.mode = base == u"llm-yesno"     ? LlmJudgeSettings::Mode::YesNo
                          : base == u"llm-truefalse" ? LlmJudgeSettings::Mode::TrueFalse
                                                     : LlmJudgeSettings::Mode::Rating;
            settings.ratingScale = raw ? LlmJudgeSettings::RatingScale::Raw : LlmJudgeSettings::RatingScale::Unit;
            settings.contentFilterNeutral = contentFilterNeutral;
            static_cast<JudgeEndpoint&>(settings) = endpointOf(remote);
            settings.taskInstruction = remote.taskInstruction;
            settings.useMaxCompletionTokens = remote.useMaxCompletionTokens;
            return std::make_unique<LlmJudge>(settings);
        }
        RerankJudgeSettings settings;
        settings.shape = base == u"rerank" ? OpenAiWire::RerankShape::Tei : OpenAiWire::RerankShape::Cohere;
        settings.provider = base == u"rerank" ? QStringLiteral("tei") : QStringLiteral("cohere-compatible");
        static_cast<JudgeEndpoint&>(settings) = endpointOf(remote);
        settings.rawScores = raw;
        settings.taskInstruction = remote.taskInstruction;
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
