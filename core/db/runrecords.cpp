// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runrecords.h"

namespace tare {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char16_t*>, N>& names, const QString& name)
{
    for (const auto& [value, text] : names) {
        if (name == QStringView(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QString toName(const std::array<std::pair<Enum, const char16_t*>, N>& names, Enum value)
{
    for (const auto& [candidate, text] : names) {
        if (candidate == value)
            return QString::fromUtf16(text);
    }
    return {};
}

constexpr std::array<std::pair<RunStatus, const char16_t*>, 6> s_runStatusNames = {{
    {RunStatus::Created, u"created"},
    {RunStatus::Running, u"running"},
    {RunStatus::Paused, u"paused"},
    {RunStatus::Cancelled, u"cancelled"},
    {RunStatus::Failed, u"failed"},
    {RunStatus::Finished, u"finished"},
}};

constexpr std::array<std::pair<QueryOutcome, const char16_t*>, 2> s_queryOutcomeNames = {{
    {QueryOutcome::Finished, u"finished"},
    {QueryOutcome::Failed, u"failed"},
}};

} // namespace

QString runStatusName(RunStatus status)
{
    return toName(s_runStatusNames, status);
}

std::optional<RunStatus> runStatusFromName(const QString& name)
{
    return fromName(s_runStatusNames, name);
}

QString queryOutcomeName(QueryOutcome outcome)
{
    return toName(s_queryOutcomeNames, outcome);
}

std::optional<QueryOutcome> queryOutcomeFromName(const QString& name)
{
    return fromName(s_queryOutcomeNames, name);
}

const char* QueryFigures::key(QueryFigure figure)
{
    switch (figure) {
    case QueryFigure::Ap:
        return "ap";
    case QueryFigure::Ndcg10:
        return "ndcg10";
    case QueryFigure::P10:
        return "p10";
    case QueryFigure::Recall100:
        return "recall100";
    case QueryFigure::Rr:
        return "rr";
    case QueryFigure::Auc:
        return "auc";
    case QueryFigure::DPrime:
        return "dprime";
    case QueryFigure::Ks:
        return "ks";
    case QueryFigure::BestF1:
        return "best_f1";
    }
    return "";
}

double QueryFigures::value(QueryFigure figure) const
{
    switch (figure) {
    case QueryFigure::Ap:
        return metrics.ap;
    case QueryFigure::Ndcg10:
        return metrics.ndcg10;
    case QueryFigure::P10:
        return metrics.p10;
    case QueryFigure::Recall100:
        return metrics.recall100;
    case QueryFigure::Rr:
        return metrics.rr;
    case QueryFigure::Auc:
        return metrics.auc;
    case QueryFigure::DPrime:
        return dPrime;
    case QueryFigure::Ks:
        return ks;
    case QueryFigure::BestF1:
        return bestF1;
    }
    return nan;
}

double RunQueryRecord::figure(QueryFigure which, bool afterRefinement) const
{
    const std::optional<QueryFigures>& figures = afterRefinement ? after : before;
    return figures ? figures->value(which) : QueryFigures::nan;
}

} // namespace tare
