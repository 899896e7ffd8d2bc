// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runqueryjson.h"

#include <QJsonDocument>

#include <cmath>

namespace tare {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

double numberOf(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toDouble() : QueryFigures::nan;
}

} // namespace

QJsonObject RunQueryJson::metrics(const QueryFigures& figures)
{
    QJsonObject object;
    for (const QueryFigure figure : QueryFigures::all)
        object.insert(QLatin1StringView(QueryFigures::key(figure)), number(figures.value(figure)));
    object.insert(QStringLiteral("candidates"), figures.candidates);
    object.insert(QStringLiteral("relevant"), figures.metrics.numRelevant);
    return object;
}

QByteArray RunQueryJson::metricsBytes(const std::optional<QueryFigures>& figures)
{
    return figures ? QJsonDocument(metrics(*figures)).toJson(QJsonDocument::Compact) : QByteArrayLiteral("{}");
}

std::optional<QueryFigures> RunQueryJson::parseMetrics(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return std::nullopt;
    QueryFigures figures;
    QueryMetrics& m = figures.metrics;
    m.ap = numberOf(object, QLatin1StringView("ap"));
    m.ndcg10 = numberOf(object, QLatin1StringView("ndcg10"));
    m.p10 = numberOf(object, QLatin1StringView("p10"));
    m.recall100 = numberOf(object, QLatin1StringView("recall100"));
    m.rr = numberOf(object, QLatin1StringView("rr"));
    m.auc = numberOf(object, QLatin1StringView("auc"));
    m.numRelevant = object.value(QLatin1StringView("relevant")).toInteger();
    figures.dPrime = numberOf(object, QLatin1StringView("dprime"));
    figures.ks = numberOf(object, QLatin1StringView("ks"));
    figures.bestF1 = numberOf(object, QLatin1StringView("best_f1"));
    figures.candidates = object.value(QLatin1StringView("candidates")).toInteger();
    return figures;
}

QJsonObject RunQueryJson::judgedDocument(const JudgedDocument& document)
{
    QJsonObject object{
        {QStringLiteral("document"), document.extId},
        {QStringLiteral("document_id"), document.documentId},
        {QStringLiteral("rank_before"), document.rankBefore},
        {QStringLiteral("rank_after"), document.rankAfter},
        {QStringLiteral("score"), document.score ? QJsonValue(*document.score) : QJsonValue()},
        {QStringLiteral("status"), document.score ? document.status : QStringLiteral("failed")},
        {QStringLiteral("grade"), document.grade},
    };
    if (document.human)
        object.insert(QStringLiteral("human"), true);
    return object;
}

QJsonArray RunQueryJson::judged(const QList<JudgedDocument>& documents)
{
    QJsonArray array;
    for (const JudgedDocument& document : documents)
        array.append(judgedDocument(document));
    return array;
}

QByteArray RunQueryJson::judgedBytes(const QList<JudgedDocument>& documents)
{
    return QJsonDocument(judged(documents)).toJson(QJsonDocument::Compact);
}

QList<JudgedDocument> RunQueryJson::parseJudged(const QByteArray& json)
{
    QList<JudgedDocument> documents;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject object = value.toObject();
        JudgedDocument document;
        document.extId = object.value(u"document").toString();
        document.documentId = object.value(u"document_id").toInteger();
        document.rankBefore = object.value(u"rank_before").toInt();
        document.rankAfter = object.value(u"rank_after").toInt();
        if (object.value(u"score").isDouble())
            document.score = object.value(u"score").toDouble();
        document.status = object.value(u"status").toString();
        document.grade = object.value(u"grade").toInt();
        document.human = object.value(u"human").toBool();
        documents.append(document);
    }
    return documents;
}

} // namespace tare
