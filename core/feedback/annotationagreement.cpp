// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/feedback/annotationagreement.h"

#include "core/feedback/annotationqueue.h"
#include "core/metrics/interrateragreement.h"

namespace tare {

namespace {

std::optional<double> decision(std::optional<double> score)
{
    if (!score)
        return std::nullopt;
    return *score >= 0.5 ? 1.0 : 0.0;
}

} // namespace

AnnotationAgreement AnnotationAgreement::compute(const AnnotationQueue& queue, const QList<int>& items)
{
    AnnotationAgreement result;
    QList<int> indices = items;
    if (indices.isEmpty()) {
        for (qsizetype i = 0; i < queue.items.size(); ++i)
            indices.append(int(i));
    }
    const QList<qint64> people = queue.people();
    for (qint64 person : people)
        result.raters.append({AgreementRater::Kind::Person, person, queue.annotator(person)->name});
    result.raters.append({AgreementRater::Kind::Judge, queue.judgeId, queue.judgeName});
    result.raters.append({AgreementRater::Kind::Gold, 0, tr("gold")});

    // Each rater's decisions, one per item; the people's labels as given for the ordinal α.
    const size_t r = size_t(result.raters.size());
    std::vector<std::vector<std::optional<double>>> decisions(r);
    RatingMatrix peopleDecisions, peopleLabels;
    for (int index : std::as_const(indices)) {
        const AnnotationItem& item = queue.items[index];
        std::vector<std::optional<double>> labels, labelDecisions;
        for (size_t p = 0; p < size_t(people.size()); ++p) {
            const std::optional<double> label = item.label(people[qsizetype(p)]);
            decisions[p].push_back(decision(label));
            labels.push_back(label);
            labelDecisions.push_back(decision(label));
        }
        decisions[r - 2].push_back(decision(item.score));
        decisions[r - 1].push_back(item.grade > 0 ? 1.0 : 0.0);
        peopleLabels.push_back(std::move(labels));
        peopleDecisions.push_back(std::move(labelDecisions));
    }

    result.kappa.assign(r, std::vector<double>(r, nan));
    result.shared.assign(r, std::vector<qint64>(r, 0));
    result.rated.assign(r, 0);
    for (size_t a = 0; a < r; ++a) {
        for (const auto& value : decisions[a])
            result.rated[a] += value.has_value();
        for (size_t b = a; b < r; ++b) {
            qint64 shared = 0;
            const double kappa = InterRaterAgreement::cohenKappa(decisions[a], decisions[b], &shared);
            result.kappa[a][b] = result.kappa[b][a] = kappa;
            result.shared[a][b] = result.shared[b][a] = shared;
        }
    }
    if (people.size() >= 2) {
        result.fleissKappa = InterRaterAgreement::fleissKappa(peopleDecisions, &result.multiplyLabelled);
        result.alphaNominal = InterRaterAgreement::krippendorffAlpha(peopleDecisions, MeasurementLevel::Nominal);
        result.alphaOrdinal = InterRaterAgreement::krippendorffAlpha(peopleLabels, MeasurementLevel::Ordinal);
    }
    return result;
}

double AnnotationAgreement::kappaBetween(AgreementRater::Kind a, qint64 aJudgeId, AgreementRater::Kind b, qint64 bJudgeId) const
{
    const auto find = [this](AgreementRater::Kind kind, qint64 judgeId) -> qsizetype {
        for (qsizetype i = 0; i < raters.size(); ++i) {
            if (raters[i].kind == kind && (kind == AgreementRater::Kind::Gold || raters[i].judgeId == judgeId))
                return i;
        }
        return -1;
    };
    const qsizetype i = find(a, aJudgeId), j = find(b, bJudgeId);
    return i < 0 || j < 0 ? nan : kappa[size_t(i)][size_t(j)];
}

} // namespace tare
