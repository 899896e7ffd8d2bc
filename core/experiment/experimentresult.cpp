// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/experiment/experimentresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <type_traits>
#include <variant>
#include <vector>

namespace tare {

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();

// JSON has no NaN or infinity: undefined figures are null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

double readNumber(const QJsonValue& value)
{
    return value.isDouble() ? value.toDouble() : s_nan;
}

template<typename T>
QJsonArray array(const QList<T>& values)
{
    QJsonArray result;
    for (const T& value : values) {
        if constexpr (std::is_floating_point_v<T>)
            result.append(number(value));
        else
            result.append(value);
    }
    return result;
}

QList<double> readDoubles(const QJsonValue& value)
{
    QList<double> result;
    for (const auto& item : value.toArray())
        result.append(readNumber(item));
    return result;
}

QList<qint64> readIntegers(const QJsonValue& value)
{
    QList<qint64> result;
    for (const auto& item : value.toArray())
        result.append(item.toInteger());
    return result;
}

/// A number member of a result struct and its JSON key: one list per struct serves writing and
/// reading, so the two directions cannot drift apart.
template<typename T>
struct Field
{
    const char* key;
    std::variant<double T::*, int T::*, qint64 T::*> member;
};

template<typename T>
void writeFields(QJsonObject& object, const T& value, const std::vector<Field<T>>& fields)
{
    for (const Field<T>& field : fields) {
        std::visit(
            [&](auto member) {
                if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value.*member)>, double>)
                    object.insert(QLatin1String(field.key), number(value.*member));
                else
                    object.insert(QLatin1String(field.key), qint64(value.*member));
            },
            field.member);
    }
}

template<typename T>
void readFields(const QJsonObject& object, T& value, const std::vector<Field<T>>& fields)
{
    for (const Field<T>& field : fields) {
        const QJsonValue json = object.value(QLatin1String(field.key));
        std::visit(
            [&](auto member) {
                using Member = std::remove_cvref_t<decltype(value.*member)>;
                if constexpr (std::is_same_v<Member, double>)
                    value.*member = readNumber(json);
                else
                    value.*member = Member(json.toInteger());
            },
            field.member);
    }
}

const std::vector<Field<PairedComparison>>& comparisonFields()
{
    using C = PairedComparison;
    static const std::vector<Field<C>> fields{
        {"n", &C::n},           {"mean_before", &C::meanBefore}, {"mean_after", &C::meanAfter},
        {"delta", &C::meanDelta}, {"relative_delta", &C::relativeDelta}, {"wins", &C::wins},
        {"ties", &C::ties},     {"losses", &C::losses},          {"t", &C::tStatistic},
        {"t_test_p", &C::tTestP}, {"randomization_p", &C::randomizationP}, {"ci_lower", &C::ciLower},
        {"ci_upper", &C::ciUpper}};
    return fields;
}

const std::vector<Field<NoiseLevelResult>>& noiseLevelFields()
{
    using L = NoiseLevelResult;
    static const std::vector<Field<L>> fields{
        {"rate", &L::rate},         {"map_after", &L::meanMapAfter}, {"delta", &L::meanDelta},
        {"delta_min", &L::minDelta}, {"delta_max", &L::maxDelta},    {"delta_sd", &L::sdDelta},
        {"ci_lower", &L::ciLower},  {"ci_upper", &L::ciUpper}};
    return fields;
}

const std::vector<Field<BudgetCellResult>>& budgetCellFields()
{
    using B = BudgetCellResult;
    static const std::vector<Field<B>> fields{
        {"total", &B::total},         {"from_top", &B::fromTop},     {"from_top_share", &B::fromTopShare},
        {"steps", &B::steps},         {"lr", &B::lr},                {"map_before", &B::mapBefore},
        {"map_after", &B::mapAfter},  {"delta", &B::delta},          {"judged_per_query", &B::judgedPerQuery},
        {"judge_calls", &B::judgeCalls}, {"run", &B::runId}};
    return fields;
}

const std::vector<Field<JudgeQualityPoint>>& judgeQualityPointFields()
{
    using P = JudgeQualityPoint;
    static const std::vector<Field<P>> fields{
        {"query_id", &P::queryId}, {"auc", &P::auc}, {"delta_ap", &P::deltaAp}, {"judged", &P::judged}};
    return fields;
}

const std::vector<Field<JudgeQualityResult>>& judgeQualityFields()
{
    using Q = JudgeQualityResult;
    static const std::vector<Field<Q>> fields{{"run", &Q::runId},         {"n", &Q::n},
                                              {"slope", &Q::slope},       {"intercept", &Q::intercept},
                                              {"pearson", &Q::pearson},   {"spearman", &Q::spearman}};
    return fields;
}

QJsonObject noiseJson(const NoiseSweepResult& noise)
{
    QJsonArray levels;
    for (const NoiseLevelResult& level : noise.levels) {
        QJsonObject object{{QStringLiteral("seeds"), array(level.seeds)},
                           {QStringLiteral("seed_deltas"), array(level.seedDeltas)},
                           {QStringLiteral("runs"), array(level.runIds)}};
        writeFields(object, level, noiseLevelFields());
        levels.append(object);
    }
    return QJsonObject{{QStringLiteral("noise"), noise.noise},
                       {QStringLiteral("map_before"), number(noise.mapBefore)},
                       {QStringLiteral("queries"), noise.queries},
                       {QStringLiteral("levels"), levels}};
}

NoiseSweepResult readNoise(const QJsonObject& o)
{
    NoiseSweepResult noise;
    noise.noise = o.value(QStringLiteral("noise")).toString();
    noise.mapBefore = readNumber(o.value(QStringLiteral("map_before")));
    noise.queries = o.value(QStringLiteral("queries")).toInteger();
    for (const auto& item : o.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject object = item.toObject();
        NoiseLevelResult level;
        readFields(object, level, noiseLevelFields());
        level.seeds = readIntegers(object.value(QStringLiteral("seeds")));
        level.seedDeltas = readDoubles(object.value(QStringLiteral("seed_deltas")));
        level.runIds = readIntegers(object.value(QStringLiteral("runs")));
        noise.levels.append(level);
    }
    return noise;
}

QJsonObject budgetJson(const BudgetSweepResult& budget)
{
    QJsonArray cells;
    for (const BudgetCellResult& cell : budget.cells) {
        QJsonObject object;
        writeFields(object, cell, budgetCellFields());
        cells.append(object);
    }
    return QJsonObject{{QStringLiteral("cells"), cells}};
}

BudgetSweepResult readBudget(const QJsonObject& o)
{
    BudgetSweepResult budget;
    for (const auto& item : o.value(QStringLiteral("cells")).toArray()) {
        BudgetCellResult cell;
        readFields(item.toObject(), cell, budgetCellFields());
        budget.cells.append(cell);
    }
    return budget;
}

QJsonObject methodsJson(const MethodComparisonResult& methods)
{
    QJsonArray rows;
    for (const MethodResult& row : methods.rows) {
        rows.append(QJsonObject{{QStringLiteral("method"), row.method},
                                {QStringLiteral("space"), row.space},
                                {QStringLiteral("run"), row.runId},
                                {QStringLiteral("map"), number(row.map)},
                                {QStringLiteral("vs_none"), [&] {
                                     QJsonObject comparison;
                                     writeFields(comparison, row.vsNone, comparisonFields());
                                     return comparison;
                                 }()}});
    }
    return QJsonObject{{QStringLiteral("judge"), methods.judge},
                       {QStringLiteral("queries"), methods.queries},
                       {QStringLiteral("rows"), rows}};
}

MethodComparisonResult readMethods(const QJsonObject& o)
{
    MethodComparisonResult methods;
    methods.judge = o.value(QStringLiteral("judge")).toString();
    methods.queries = o.value(QStringLiteral("queries")).toInteger();
    for (const auto& item : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = item.toObject();
        MethodResult row;
        row.method = r.value(QStringLiteral("method")).toString();
        row.space = r.value(QStringLiteral("space")).toString();
        row.runId = r.value(QStringLiteral("run")).toInteger();
        row.map = readNumber(r.value(QStringLiteral("map")));
        readFields(r.value(QStringLiteral("vs_none")).toObject(), row.vsNone, comparisonFields());
        methods.rows.append(row);
    }
    return methods;
}

QJsonObject judgeQualityJson(const JudgeQualityResult& quality)
{
    QJsonArray points;
    for (const JudgeQualityPoint& point : quality.points) {
        QJsonObject object{{QStringLiteral("query"), point.query}};
        writeFields(object, point, judgeQualityPointFields());
        points.append(object);
    }
    QJsonObject object{{QStringLiteral("points"), points}};
    writeFields(object, quality, judgeQualityFields());
    return object;
}

JudgeQualityResult readJudgeQuality(const QJsonObject& o)
{
    JudgeQualityResult quality;
    readFields(o, quality, judgeQualityFields());
    for (const auto& item : o.value(QStringLiteral("points")).toArray()) {
        JudgeQualityPoint point;
        readFields(item.toObject(), point, judgeQualityPointFields());
        point.query = item.toObject().value(QStringLiteral("query")).toString();
        quality.points.append(point);
    }
    return quality;
}

} // namespace

QByteArray ExperimentResult::toJson() const
{
    QJsonObject object{{QStringLiteral("experiment"), experimentId},
                       {QStringLiteral("kind"), experimentKindName(kind)},
                       {QStringLiteral("status"), runStatusName(status)},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("space"), space},
                       {QStringLiteral("runs"), array(runIds)}};
    switch (kind) {
    case ExperimentKind::NoiseSweep:
        object.insert(QStringLiteral("noise_sweep"), noiseJson(noise));
        break;
    case ExperimentKind::BudgetSweep:
        object.insert(QStringLiteral("budget_sweep"), budgetJson(budget));
        break;
    case ExperimentKind::Methods:
        object.insert(QStringLiteral("methods"), methodsJson(methods));
        break;
    case ExperimentKind::JudgeQuality:
        object.insert(QStringLiteral("judge_quality"), judgeQualityJson(judgeQuality));
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

ExperimentResult ExperimentResult::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    ExperimentResult result;
    result.experimentId = object.value(QStringLiteral("experiment")).toInteger();
    result.kind = experimentKindFromName(object.value(QStringLiteral("kind")).toString()).value_or(ExperimentKind::NoiseSweep);
    result.status = runStatusFromName(object.value(QStringLiteral("status")).toString()).value_or(RunStatus::Created);
    result.dataset = object.value(QStringLiteral("dataset")).toInteger();
    result.space = object.value(QStringLiteral("space")).toInteger();
    result.runIds = readIntegers(object.value(QStringLiteral("runs")));
    result.noise = readNoise(object.value(QStringLiteral("noise_sweep")).toObject());
    result.budget = readBudget(object.value(QStringLiteral("budget_sweep")).toObject());
    result.methods = readMethods(object.value(QStringLiteral("methods")).toObject());
    result.judgeQuality = readJudgeQuality(object.value(QStringLiteral("judge_quality")).toObject());
    return result;
}

} // namespace tare
