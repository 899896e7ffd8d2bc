// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runrecords.h"

#include <iterator>

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

namespace {

/// Each figure's stored key and where it sits in QueryFigures, in QueryFigure order.
struct FigureField
{
    const char* key;
    double (*read)(const QueryFigures&);
};

constexpr FigureField s_fields[] = {
    {"ap", [](const QueryFigures& f) { return f.metrics.ap; }},
    {"ndcg10", [](const QueryFigures& f) { return f.metrics.ndcg10; }},
    {"p10", [](const QueryFigures& f) { return f.metrics.p10; }},
    {"recall100", [](const QueryFigures& f) { return f.metrics.recall100; }},
    {"rr", [](const QueryFigures& f) { return f.metrics.rr; }},
    {"auc", [](const QueryFigures& f) { return f.metrics.auc; }},
    {"dprime", [](const QueryFigures& f) { return f.dPrime; }},
    {"ks", [](const QueryFigures& f) { return f.ks; }},
    {"best_f1", [](const QueryFigures& f) { return f.bestF1; }},
};
static_assert(std::size(s_fields) == QueryFigures::all.size());

} // namespace

const char* QueryFigures::key(QueryFigure figure)
{
    return s_fields[size_t(figure)].key;
}

double QueryFigures::value(QueryFigure figure) const
{
    return s_fields[size_t(figure)].read(*this);
}

double RunQueryRecord::figure(QueryFigure which, bool afterRefinement) const
{
    const std::optional<QueryFigures>& figures = afterRefinement ? after : before;
    return figures ? figures->value(which) : QueryFigures::nan;
}

} // namespace tare
