// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/judgedrunoptions.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"

#include <algorithm>

namespace tare::cli {

JudgedRunOptions::JudgedRunOptions()
    : m_dataset(QStringLiteral("dataset"), tr("Dataset (default: the one holding the space)."), QStringLiteral("NAME"))
    , m_space(QStringLiteral("space"), tr("Embedding space name."), QStringLiteral("NAME"), QStringLiteral("lsa"))
    , m_judge(QStringLiteral("judge"),
              tr("gold, simulated:flip=RATE, simulated:sigma=SD (with ,seed=N); over HTTP: llm-yesno, llm-rating, "
                 "llm-rating:raw (0-100 into the softmax, as the paper's code), llm-truefalse (FollowIR-7B-style), "
                 "rerank (TEI; rerank:raw for the cross-encoder's raw scores) or rerank-cohere; LLM judges take "
                 ":content-filter=fail to count a refusal as a failure instead of the paper's 0.5."),
              QStringLiteral("JUDGE"), QStringLiteral("gold"))
    , m_total(QStringLiteral("total"), tr("Judged documents per query (default 20)."), QStringLiteral("K"))
    , m_fromTop(QStringLiteral("from-top"), tr("Of those, from the top of the ranking (default 20)."), QStringLiteral("T"))
    , m_seed(QStringLiteral("seed"), tr("Seed of the random part of the judged set (default 42)."), QStringLiteral("N"))
    , m_queries(QStringLiteral("queries"), tr("Only these query ids (comma-separated)."), QStringLiteral("IDS"))
{
}

void JudgedRunOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_dataset, m_space, m_judge, m_total, m_fromTop, m_seed, m_queries});
    m_http.addTo(parser);
}

RemoteJudgeSettings JudgedRunOptions::apply(const QCommandLineParser& parser, ProjectStore& store, RunSettings& settings) const
{
    const SpaceInfo space = spaceOption(store, parser, m_dataset, m_space);
    settings.datasetId = space.datasetId;
    settings.spaceId = space.id;
    settings.judgeSpec = parser.value(m_judge);

    // A preset only speaks for HTTP judges; an offline judge's settings stay as they were.
    const RemoteJudgeSettings remote = m_http.apply(parser, JudgeFactory::isRemote(settings.judgeSpec));
    settings.judgeEndpoint = remote.endpoint;
    settings.judgeModel = remote.model;

    readIntegerOption(parser, m_total, settings.refine.total, 1);
    readIntegerOption(parser, m_fromTop, settings.refine.fromTop, 0);
    if (!parser.isSet(m_fromTop) && parser.isSet(m_total))
        settings.refine.fromTop = std::min(settings.refine.fromTop, settings.refine.total);
    settings.refine.seed = seedOption(parser, m_seed).value_or(settings.refine.seed);
    if (parser.isSet(m_queries))
        settings.queryIds = parser.value(m_queries).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return remote;
}

} // namespace tare::cli
