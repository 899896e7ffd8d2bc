// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/judge/judge.h"

#include <QCoreApplication>

#include <cmath>

namespace tare {

Judge::~Judge() = default;

QString Judge::storedResponse(const QByteArray& body)
{
    if (body.size() <= MaxStoredResponseBytes)
        return QString::fromUtf8(body);
    QString start = QString::fromUtf8(body.left(MaxStoredResponseBytes));
    if (!start.isEmpty() && start.back() == QChar::ReplacementCharacter)
        start.chop(1); // a character cut in half
    return start
        + QCoreApplication::translate("tare::Judge", "… (%1 bytes in all; only the first %2 are kept)")
              .arg(body.size())
              .arg(MaxStoredResponseBytes);
}

QList<JudgeOutcome> Judge::scoreEach(const QList<JudgeRequest>& batch, const std::function<double(qint64, qint64)>& score)
{
    QList<JudgeOutcome> outcomes;
    outcomes.reserve(batch.size());
    for (const JudgeRequest& request : batch) {
        JudgeOutcome outcome;
        outcome.score = score(request.queryId, request.documentId);
        outcomes.append(outcome);
    }
    return outcomes;
}

JudgeOutcome Judge::checked(JudgeOutcome outcome)
{
    if (outcome.status == u"failed") {
        outcome.score.reset();
        return outcome;
    }
    if (!outcome.score || !std::isfinite(*outcome.score)) {
        outcome.error = outcome.score
            ? QCoreApplication::translate("tare::Judge", "the judge's score %1 is not a finite number").arg(*outcome.score)
            : QCoreApplication::translate("tare::Judge", "the judge gave no score");
        outcome.status = QStringLiteral("failed");
        outcome.score.reset();
    }
    return outcome;
}

} // namespace tare
