// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refinerfactory.h"

#include "core/refine/klrefiner.h"
#include "core/refine/nonerefiner.h"
#include "core/refine/rocchio.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

QStringList RefinerFactory::names()
{
    return {QStringLiteral("kl-adam"), QStringLiteral("refit"), QStringLiteral("rocchio"), QStringLiteral("none")};
}

std::unique_ptr<Refiner> RefinerFactory::create(const QString& name, const RefineParams& params)
{
    if (name == QLatin1String("kl-adam") || name == QLatin1String("refit")) {
        RefineParams adjusted = params;
        adjusted.refit = name == QLatin1String("refit");
        return std::make_unique<KlAdamRefiner>(adjusted);
    }
    if (name == QLatin1String("rocchio"))
        return std::make_unique<RocchioRefiner>(params);
    if (name == QLatin1String("none"))
        return std::make_unique<NoneRefiner>();
    throw TareError(TareError::Kind::Usage,
                    QCoreApplication::translate("tare::RefinerFactory", "Unknown refiner \"%1\"; known refiners: %2")
                        .arg(name, names().join(QStringLiteral(", "))));
}

} // namespace tare
