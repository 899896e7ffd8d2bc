// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runrecords.h"

#include "core/util/enumnames.h"

#include <iterator>

namespace tare {

namespace {

constexpr EnumNames<RunStatus, 6> s_runStatusNames({{{RunStatus::Created, u"created"}, {RunStatus::Running, u"running"},
                                                      {RunStatus::Paused, u"paused"}, {RunStatus::Cancelled, u"cancelled"},
                                                      {RunStatus::Failed, u"failed"}, {RunStatus::Finished, u"finished"}}});

constexpr EnumNames<QueryOutcome, 2> s_queryOutcomeNames({{{QueryOutcome::Finished, u"finished"}, {QueryOutcome::Failed, u"failed"}}});

} // namespace

QString runStatusName(RunStatus status)
{
    return s_runStatusNames.name(status);
}

std::optional<RunStatus> runStatusFromName(const QString& name)
{
    return s_runStatusNames.value(name);
}

QString queryOutcomeName(QueryOutcome outcome)
{
    return s_queryOutcomeNames.name(outcome);
}

std::optional<QueryOutcome> queryOutcomeFromName(const QString& name)
{
    return s_queryOutcomeNames.value(name);
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
