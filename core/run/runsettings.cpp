// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/run/runsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tare {

QByteArray RunSettings::definitionJson() const
{
    // QJsonObject keeps keys sorted, so the bytes are canonical.
    QJsonObject object{
        {QStringLiteral("judge"), judgeSpec},
        {QStringLiteral("judge_endpoint"), judgeEndpoint},
        {QStringLiteral("judge_model"), judgeModel},
        {QStringLiteral("refiner"), refiner},
        {QStringLiteral("lr"), refine.lr},
        {QStringLiteral("steps"), refine.steps},
        {QStringLiteral("total"), refine.total},
        {QStringLiteral("from_top"), refine.fromTop},
        {QStringLiteral("seed"), QString::number(refine.seed)},
        {QStringLiteral("refit_temperature"), refine.refitTemperature},
        {QStringLiteral("rocchio_alpha"), refine.rocchioAlpha},
        {QStringLiteral("rocchio_beta"), refine.rocchioBeta},
        {QStringLiteral("rocchio_gamma"), refine.rocchioGamma},
        {QStringLiteral("rocchio_threshold"), refine.rocchioThreshold},
        {QStringLiteral("eval_every"), evalEvery},
        {QStringLiteral("queries"), QJsonArray::fromStringList(queryIds)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RunSettings RunSettings::fromDefinitionJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RunSettings settings;
    settings.judgeSpec = object.value(QStringLiteral("judge")).toString(settings.judgeSpec);
    settings.judgeEndpoint = object.value(QStringLiteral("judge_endpoint")).toString();
    settings.judgeModel = object.value(QStringLiteral("judge_model")).toString();
    settings.refiner = object.value(QStringLiteral("refiner")).toString(settings.refiner);
    settings.refine.lr = object.value(QStringLiteral("lr")).toDouble(settings.refine.lr);
    settings.refine.steps = object.value(QStringLiteral("steps")).toInt(settings.refine.steps);
    settings.refine.total = object.value(QStringLiteral("total")).toInt(settings.refine.total);
    settings.refine.fromTop = object.value(QStringLiteral("from_top")).toInt(settings.refine.fromTop);
    settings.refine.seed = object.value(QStringLiteral("seed")).toString().toLongLong();
    settings.refine.refit = settings.refiner == u"refit";
    settings.refine.refitTemperature = object.value(QStringLiteral("refit_temperature")).toDouble(2.0);
    settings.refine.rocchioAlpha = object.value(QStringLiteral("rocchio_alpha")).toDouble(1.0);
    settings.refine.rocchioBeta = object.value(QStringLiteral("rocchio_beta")).toDouble(0.75);
    settings.refine.rocchioGamma = object.value(QStringLiteral("rocchio_gamma")).toDouble(0.15);
    settings.refine.rocchioThreshold = object.value(QStringLiteral("rocchio_threshold")).toDouble(0.5);
    settings.evalEvery = object.value(QStringLiteral("eval_every")).toInt(0);
    for (const auto& id : object.value(QStringLiteral("queries")).toArray())
        settings.queryIds.append(id.toString());
    return settings;
}

int RunSettings::automaticEvalEvery(qint64 candidates, int curveSteps)
{
    const qint64 cost = std::max<qint64>(candidates, 0) * std::max(curveSteps, 0);
    return int(std::clamp<qint64>((cost + curveBudget - 1) / curveBudget, 1, std::max(curveSteps, 1)));
}

} // namespace tare
