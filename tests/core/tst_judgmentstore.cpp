// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectschema.h"
#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QTest>

#include <string>

using namespace tare;

class TestJudgmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesAndLatestJudgments();
    void humanLabelsUndoNewestFirst();
    void judgesByKindAndIdentity();
    void reasonsStayWithTheirJudgment();
    void exportOrderAndHistory();
    void olderFileGainsReasons_data();
    void olderFileGainsReasons();
};

namespace {

/// A dataset "set" with one query and two documents, and an LLM judge, in a project of its own.
struct Small : TestUtils::ProjectBuilder
{
    qint64 set = 0, q = 0, d1 = 0, d2 = 0, judge = 0;

    explicit Small(const QString& fileName)
        : ProjectBuilder(fileName, QStringLiteral("set"))
    {
        set = datasetId();
        q = addQuery("q1", "query");
        d1 = addDocument("d1", "one");
        d2 = addDocument("d2", "two");
        JudgeInfo info;
        info.identity = QStringLiteral("llm:model@host");
        info.kind = QStringLiteral("llm");
        info.name = QStringLiteral("llm-yesno");
        judge = store().judgments().ensureJudge(info);
    }
};

using TestUtils::judgmentRecord;

JudgmentReason reasonFor(qint64 judgmentId, const QString& text)
{
    JudgmentReason reason;
    reason.judgmentId = judgmentId;
    reason.text = text;
    return reason;
}

} // namespace

void TestJudgmentStore::judgesAndLatestJudgments()
{
    TestUtils::ProjectBuilder project(QStringLiteral("judgments.tare"));
    ProjectStore& store = project.store();
    const qint64 set = project.datasetId();
    const qint64 q = project.addQuery("q1", "query");
    const qint64 d1 = project.addDocument("d1", "one");
    const qint64 d2 = project.addDocument("d2", "two");

    JudgmentStore& judgments = store.judgments();
    JudgeInfo judge;
    judge.identity = QStringLiteral("llm:model@host");
    judge.kind = QStringLiteral("llm");
    const qint64 id = judgments.ensureJudge(judge);
    QCOMPARE(judgments.ensureJudge(judge), id); // the same identity is the same judge
    QCOMPARE(judgments.judge(id)->kind, QStringLiteral("llm"));

    const JudgmentRecord failed = judgmentRecord(id, q, d1, std::nullopt, QStringLiteral("timeout"));
    const JudgmentRecord answer = judgmentRecord(id, q, d1, 0.8);
    JudgmentRecord other = judgmentRecord(id, q, d2, 0.3);
    other.status = QStringLiteral("degraded");
    judgments.insertAll({failed, answer, other});
    judgments.insertAll({});
    const auto latest = judgments.latest(id, set);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.value({q, d1}).score, std::optional<double>(0.8)); // the newest of the pair
    QCOMPARE(judgments.latestForQuery(id, q).value(d2).status, QStringLiteral("degraded"));
    QCOMPARE(judgments.newestScore(id, q, d1), std::optional<double>(0.8));
    QVERIFY(judgments.deleteNewest(id, q, d1));
    QVERIFY(!judgments.newestScore(id, q, d1)); // the failed answer before it has no score
    QVERIFY(judgments.deleteNewest(id, q, d1));
    QVERIFY(!judgments.deleteNewest(id, q, d1));
    QCOMPARE(store.summary().judgmentCount, 1);
}

void TestJudgmentStore::humanLabelsUndoNewestFirst()
{
    TestUtils::ProjectBuilder project(QStringLiteral("human.tare"));
    ProjectStore& store = project.store();
    const qint64 q = project.addQuery("q1", "query");
    const qint64 d = project.addDocument("d1", "one");
    HumanJudgmentStore humans(store);
    QCOMPARE(store.judgments().judge(humans.judgeId())->identity, QStringLiteral("human"));
    QVERIFY(!humans.current(q, d));
    humans.label(q, d, 1.0, QStringLiteral("Y"));
    humans.label(q, d, 0.0, QStringLiteral("N"));
    QCOMPARE(humans.current(q, d), std::optional<double>(0.0));
    QCOMPARE(store.judgments().latestForQuery(humans.judgeId(), q).value(d).rawResponse, QStringLiteral("N"));
    QVERIFY(humans.undo(q, d));
    QCOMPARE(humans.current(q, d), std::optional<double>(1.0));
    QVERIFY(humans.undo(q, d));
    QVERIFY(!humans.undo(q, d));
    QVERIFY(!humans.current(q, d));
}

void TestJudgmentStore::judgesByKindAndIdentity()
{
    Small s(QStringLiteral("kinds.tare"));
    ProjectStore& store = *s;
    const qint64 alice = HumanJudgmentStore(store, QStringLiteral("alice")).judgeId();
    QCOMPARE(store.judgments().judges().size(), 2);
    QCOMPARE(store.judgments().judges(QStringLiteral("human")).size(), 1);
    QCOMPARE(store.judgments().judges(QStringLiteral("human")).first().id, alice);
    QCOMPARE(store.judgments().judgeByIdentity(QStringLiteral("llm:model@host"))->id, s.judge);
    QVERIFY(!store.judgments().judgeByIdentity(QStringLiteral("nobody")));
    store.judgments().insert(judgmentRecord(s.judge, s.q, s.d1, 0.7));
    QCOMPARE(store.judgments().judgmentCount(s.judge, s.set), 1);
    QCOMPARE(store.judgments().judgmentCount(alice, s.set), 0);
}

void TestJudgmentStore::reasonsStayWithTheirJudgment()
{
    Small s(QStringLiteral("reasons.tare"));
    ProjectStore& store = *s;
    const qint64 first = store.judgments().insert(judgmentRecord(s.judge, s.q, s.d1, 0.7));
    const qint64 second = store.judgments().insert(judgmentRecord(s.judge, s.q, s.d2, 0.2));
    QVERIFY(!store.judgments().reason(first));
    JudgmentReason reason;
    reason.judgmentId = first;
    reason.text = QStringLiteral("It answers the query.");
    reason.model = QStringLiteral("model");
    reason.prompt = QStringLiteral("In one sentence…");
    reason.rawResponse = QStringLiteral("{\"choices\": []}");
    reason.latencyMs = 12.5;
    store.judgments().setReason(reason);
    const auto stored = store.judgments().reason(first);
    QVERIFY(stored);
    QCOMPARE(stored->text, reason.text);
    QCOMPARE(stored->model, reason.model);
    QCOMPARE(stored->prompt, reason.prompt);
    QCOMPARE(stored->rawResponse, reason.rawResponse);
    QCOMPARE(stored->latencyMs, 12.5);
    QVERIFY(!stored->createdAt.isEmpty());
    // Asking again replaces it.
    reason.text = QStringLiteral("It names the query's subject.");
    store.judgments().setReason(reason);
    QCOMPARE(store.judgments().reason(first)->text, reason.text);
    QCOMPARE(store.judgments().reasonsForQuery(s.judge, s.q).size(), 1);
    QCOMPARE(store.judgments().reasonsForQuery(s.judge, s.q).value(first).text, reason.text);
    QVERIFY(!store.judgments().reasonsForQuery(s.judge, s.q).contains(second));
    // A judgment that goes takes its reason along.
    QVERIFY(store.judgments().deleteNewest(s.judge, s.q, s.d1));
    QVERIFY(!store.judgments().reason(first));
}

void TestJudgmentStore::exportOrderAndHistory()
{
    Small s(QStringLiteral("export.tare"));
    ProjectStore& store = *s;
    store.judgments().insert(judgmentRecord(s.judge, s.q, s.d2, 0.1));
    store.judgments().insert(judgmentRecord(s.judge, s.q, s.d1, std::nullopt, QStringLiteral("timeout")));
    const qint64 answer = store.judgments().insert(judgmentRecord(s.judge, s.q, s.d1, 0.9));
    store.judgments().setReason(reasonFor(answer, QStringLiteral("Because.")));
    QStringList inForce, history;
    store.judgments().forEachJudgment(s.judge, s.set, true, [&](const ExportedJudgment& j) {
        inForce.append(j.documentExtId + u':' + (j.record.score ? QString::number(*j.record.score) : QStringLiteral("-"))
                       + (j.reason ? u':' + j.reason->text : QString()));
        QCOMPARE(j.queryExtId, QStringLiteral("q1"));
    });
    store.judgments().forEachJudgment(s.judge, s.set, false, [&](const ExportedJudgment& j) {
        history.append(j.documentExtId + u':' + (j.record.score ? QString::number(*j.record.score) : j.record.error));
    });
    QCOMPARE(inForce, (QStringList{QStringLiteral("d1:0.9:Because."), QStringLiteral("d2:0.1")}));
    QCOMPARE(history, (QStringList{QStringLiteral("d1:timeout"), QStringLiteral("d1:0.9"), QStringLiteral("d2:0.1")}));
}

void TestJudgmentStore::olderFileGainsReasons_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("schema 3") << 3;
    QTest::newRow("schema 4") << 4;
    QTest::newRow("schema 5 (runs.origin)") << 5;
}

void TestJudgmentStore::olderFileGainsReasons()
{
    // A file as an older schema left it (every step up to `version`, with a judgment): opening
    // migrates it forward (judgment_reasons is step 6), keeps the judgment and lets it carry a
    // reason.
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tare"));
    {
        SqliteConnection raw(path, SqliteConnection::Mode::ReadWriteCreate);
        for (int step = 1; step <= version; ++step)
            raw.exec(ProjectSchema::migrationSql(step));
        const std::string sql = "PRAGMA application_id = 1415672421; PRAGMA user_version = " + std::to_string(version)
            + ";"
              "INSERT INTO datasets(id, name, pool) VALUES(1, 'old', 'corpus');"
              "INSERT INTO queries(id, dataset_id, ext_id, text) VALUES(1, 1, 'q1', 'query');"
              "INSERT INTO documents(id, dataset_id, ext_id, text) VALUES(1, 1, 'd1', 'one');"
              "INSERT INTO judges(id, identity, kind, name) VALUES(1, 'human', 'human', 'human');"
              "INSERT INTO judgments(id, judge_id, query_id, document_id, status, score, raw_response) "
              "VALUES(1, 1, 1, 1, 'ok', 1.0, 'Y');";
        raw.exec(sql.c_str());
        QCOMPARE(raw.pragmaInt("user_version"), qint64(version));
        QVERIFY_THROWS_EXCEPTION(TareError, raw.exec("SELECT count(*) FROM judgment_reasons"));
    }
    ProjectStore store(path);
    QCOMPARE(store.schemaVersion(), ProjectSchema::CurrentVersion);
    QVERIFY(ProjectSchema::CurrentVersion >= 6);
    QCOMPARE(HumanJudgmentStore(store).current(1, 1), std::optional<double>(1.0));
    QVERIFY(!store.judgments().reason(1));
    store.judgments().setReason(reasonFor(1, QStringLiteral("A person said so.")));
    QCOMPARE(store.judgments().reason(1)->text, QStringLiteral("A person said so."));
    QCOMPARE(HumanJudgmentStore::annotators(store).size(), 1);
}

QTEST_GUILESS_MAIN(TestJudgmentStore)
#include "tst_judgmentstore.moc"
