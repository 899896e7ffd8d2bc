// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refinercatalogue.h"

#include "core/refine/klrefiner.h"
#include "core/refine/nonerefiner.h"
#include "core/refine/rocchio.h"
#include "core/util/tareerror.h"

namespace tare {

const QList<RefinerInfo>& RefinerCatalogue::all()
{
    static const QList<RefinerInfo> refiners = {
        {QStringLiteral("kl-adam"), QT_TRANSLATE_NOOP("tare::RefinerCatalogue", "KL-Adam"), true, RefineParams{}, -1},
        {QStringLiteral("refit"), QT_TRANSLATE_NOOP("tare::RefinerCatalogue", "ReFIT"), true, RefineParams::refitDefaults(), -1},
        {QStringLiteral("rocchio"), QT_TRANSLATE_NOOP("tare::RefinerCatalogue", "Rocchio"), false, RefineParams{}, 1},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("tare::RefinerCatalogue", "None (baseline)"), false, RefineParams{}, 0},
    };
    return refiners;
}

QStringList RefinerCatalogue::names()
{
    QStringList result;
    for (const RefinerInfo& info : all())
        result.append(info.name);
    return result;
}

const RefinerInfo* RefinerCatalogue::find(const QString& name)
{
    for (const RefinerInfo& info : all()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QString RefinerCatalogue::label(const QString& name)
{
    const RefinerInfo* info = find(name);
    return info ? tr(info->label) : name;
}

RefineParams RefinerCatalogue::defaults(const QString& name)
{
    const RefinerInfo* info = find(name);
    return info ? info->defaults : RefineParams{};
}

int RefinerCatalogue::curveSteps(const QString& name, const RefineParams& refine)
{
    const RefinerInfo* info = find(name);
    return info && info->curveSteps >= 0 ? info->curveSteps : refine.steps;
}

std::unique_ptr<Refiner> RefinerCatalogue::create(const QString& name, const RefineParams& params)
{
    if (name == u"kl-adam" || name == u"refit") {
        RefineParams adjusted = params;
        adjusted.refit = name == u"refit";
        return std::make_unique<KlAdamRefiner>(adjusted);
    }
    if (name == u"rocchio")
        return std::make_unique<RocchioRefiner>(params);
    if (name == u"none")
        return std::make_unique<NoneRefiner>();
    throw TareError(TareError::Kind::Usage,
                    QCoreApplication::translate("tare::RefinerFactory", "Unknown refiner \"%1\"; known refiners: %2")
                        .arg(name, names().join(QStringLiteral(", "))));
}

} // namespace tare
