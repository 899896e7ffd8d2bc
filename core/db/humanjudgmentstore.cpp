// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"

#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <algorithm>

namespace tare {

namespace {

const QString s_defaultIdentity = QStringLiteral("human");
const QString s_namedPrefix = QStringLiteral("human:");
const QString s_adjudication = QStringLiteral("adjudication");

} // namespace

HumanJudgmentStore::HumanJudgmentStore(ProjectStore& store, const QString& annotator)
    : HumanJudgmentStore(store, identityOf(annotator), annotator.isEmpty() ? s_defaultIdentity : checkedName(annotator))
{
}

HumanJudgmentStore::HumanJudgmentStore(ProjectStore& store, QString identity, QString name)
    : m_store(store)
    , m_identity(std::move(identity))
    , m_name(std::move(name))
{
}

HumanJudgmentStore HumanJudgmentStore::adjudication(ProjectStore& store)
{
    return HumanJudgmentStore(store, s_adjudication, s_adjudication);
}

QString HumanJudgmentStore::identityOf(const QString& annotator)
{
    return annotator.isEmpty() ? s_defaultIdentity : s_namedPrefix + annotator.trimmed();
}

QString HumanJudgmentStore::adjudicationIdentity()
{
    return s_adjudication;
}

QString HumanJudgmentStore::checkedName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw TareError(TareError::Kind::Usage, tr("an annotator needs a name"));
    if (trimmed.size() > 64)
        throw TareError(TareError::Kind::Usage, tr("the annotator name '%1…' is longer than 64 characters").arg(trimmed.left(20)));
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        throw TareError(TareError::Kind::Usage, tr("an annotator name cannot hold control characters"));
    if (trimmed == s_defaultIdentity || trimmed == s_adjudication)
        throw TareError(TareError::Kind::Usage, tr("'%1' is reserved; choose another annotator name").arg(trimmed));
    return trimmed;
}

qint64 HumanJudgmentStore::judgeId()
{
    if (m_judgeId == 0) {
        JudgeInfo info;
        info.identity = m_identity;
        info.kind = QStringLiteral("human");
        info.name = m_name;
        m_judgeId = m_store.judgments().ensureJudge(info);
    }
    return m_judgeId;
}

qint64 HumanJudgmentStore::label(qint64 queryId, qint64 documentId, double score, const QString& key)
{
    JudgmentRecord record;
    record.judgeId = judgeId();
    record.queryId = queryId;
    record.documentId = documentId;
    record.score = score;
    record.rawResponse = key;
    return m_store.judgments().insert(record);
}

bool HumanJudgmentStore::undo(qint64 queryId, qint64 documentId)
{
    return m_store.judgments().deleteNewest(judgeId(), queryId, documentId);
}

std::optional<double> HumanJudgmentStore::current(qint64 queryId, qint64 documentId)
{
    return m_store.judgments().newestScore(judgeId(), queryId, documentId);
}

QList<Annotator> HumanJudgmentStore::annotators(ProjectStore& store)
{
    QList<Annotator> named, rest;
    for (const JudgeInfo& judge : store.judgments().judges(QStringLiteral("human"))) {
        if (judge.identity.startsWith(s_namedPrefix))
            named.append({judge.id, judge.name, false});
        else if (judge.identity == s_defaultIdentity)
            rest.prepend({judge.id, judge.name, false});
        else if (judge.identity == s_adjudication)
            rest.append({judge.id, judge.name, true});
    }
    std::sort(named.begin(), named.end(), [](const Annotator& a, const Annotator& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return named + rest;
}

} // namespace tare
