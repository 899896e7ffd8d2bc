// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judgefactory.h"

#include "core/judge/simulatedjudge.h"
#include "core/util/tareerror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tare {

std::unique_ptr<Judge> JudgeFactory::create(const QString& spec, const GoldJudge::Grades& grades)
{
    auto fail = [&](const QString& why) {
        return TareError(TareError::Kind::Usage,
                         QCoreApplication::translate("tare::JudgeFactory",
                                                     "invalid judge '%1': %2 (use gold, simulated:flip=RATE or "
                                                     "simulated:sigma=SD, optionally with ,seed=N)")
                             .arg(spec, why));
    };
    if (spec == u"gold")
        return std::make_unique<GoldJudge>(grades);
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
