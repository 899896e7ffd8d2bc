// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/experimentsettings.h"

#include "core/util/enumnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tare {

namespace {

constexpr EnumNames<ExperimentKind, 4> s_kindNames({{{ExperimentKind::NoiseSweep, u"noise-sweep"},
                                                     {ExperimentKind::BudgetSweep, u"budget-sweep"},
                                                     {ExperimentKind::Methods, u"methods"},
                                                     {ExperimentKind::JudgeQuality, u"judge-quality"}}});

} // namespace

QString experimentKindName(ExperimentKind kind)
{
    return s_kindNames.name(kind);
}

std::optional<ExperimentKind> experimentKindFromName(const QString& name)
{
    return s_kindNames.value(name);
}

QStringList ExperimentSettings::allMethods()
{
    return {QStringLiteral("none"),  QStringLiteral("rocchio"),      QStringLiteral("refit"),
            QStringLiteral("kl-adam"), QStringLiteral("hyde"),       QStringLiteral("hyde+kl-adam"),
            QStringLiteral("rerank-only")};
}

RunSettings ExperimentSettings::runSettings() const
{
    RunSettings run;
    run.datasetId = datasetId;
    run.spaceId = spaceId;
    run.queryIds = queryIds;
    run.judgeSpec = judgeSpec;
    run.judgeEndpoint = judgeEndpoint;
    run.judgeModel = judgeModel;
    run.refiner = refiner;
    run.refine = refine;
    run.threads = threads;
    return run;
}

QByteArray ExperimentSettings::definitionJson() const
{
    auto doubles = [](const QList<double>& values) {
        QJsonArray array;
        for (double value : values)
            array.append(value);
        return array;
    };
    auto integers = [](const QList<int>& values) {
        QJsonArray array;
        for (int value : values)
            array.append(value);
        return array;
    };
    // QJsonObject keeps keys sorted, so the bytes are canonical.
    QJsonObject object{
        {QStringLiteral("queries"), QJsonArray::fromStringList(queryIds)},
        {QStringLiteral("steps"), refine.steps},
        {QStringLiteral("lr"), refine.lr},
        {QStringLiteral("total"), refine.total},
        {QStringLiteral("from_top"), refine.fromTop},
        {QStringLiteral("seed"), QString::number(refine.seed)},
    };
    const bool ownJudge = kind != ExperimentKind::NoiseSweep;
    if (ownJudge && !(kind == ExperimentKind::JudgeQuality && runId > 0)) {
        object.insert(QStringLiteral("judge"), judgeSpec);
        object.insert(QStringLiteral("judge_endpoint"), judgeEndpoint);
        object.insert(QStringLiteral("judge_model"), judgeModel);
    }
    switch (kind) {
    case ExperimentKind::NoiseSweep:
        object.insert(QStringLiteral("refiner"), refiner);
        object.insert(QStringLiteral("noise"), noise);
        object.insert(QStringLiteral("rates"), doubles(rates));
        object.insert(QStringLiteral("seeds"), seeds);
        break;
    case ExperimentKind::BudgetSweep:
        object.insert(QStringLiteral("refiner"), refiner);
        object.insert(QStringLiteral("totals"), integers(totals));
        object.insert(QStringLiteral("from_top_shares"), doubles(fromTopShares));
        object.insert(QStringLiteral("steps_list"), integers(stepsList));
        object.insert(QStringLiteral("lr_list"), doubles(lrList));
        break;
    case ExperimentKind::Methods:
        object.insert(QStringLiteral("methods"), QJsonArray::fromStringList(methods));
        break;
    case ExperimentKind::JudgeQuality:
        if (runId > 0) {
            // An existing run defines everything.
            object = QJsonObject{{QStringLiteral("run"), runId}};
        } else {
            object.insert(QStringLiteral("refiner"), refiner);
        }
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace tare
