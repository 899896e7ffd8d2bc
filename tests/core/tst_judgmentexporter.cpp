// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "core/io/judgmentexporter.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

/// Judgments out for other tools: TREC qrels and JSON Lines of any judge or annotator.
class TestJudgmentExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qrelsByThresholdAndScale_data();
    void qrelsByThresholdAndScale();
    void jsonLinesCarryEverything();
    void historyKeepsEveryJudgment();
    void judgesAreFoundByIdIdentityOrName_data();
    void judgesAreFoundByIdIdentityOrName();
    void unknownJudgeListsTheProjectsJudges();
    void existingFileIsReplacedOnlyWhenAsked();
    void failedWriteLeavesNoFile();

private:
    QStringList lines(const QString& path);

    TestUtils::ProjectBuilder m_project{QStringLiteral("export.tare"), QStringLiteral("set")};
    qint64 m_set = 0;
    qint64 m_llm = 0;
    qint64 m_alice = 0;
};

QStringList TestJudgmentExporter::lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestJudgmentExporter::initTestCase()
{
    m_set = m_project.datasetId();
    const qint64 q1 = m_project->datasets().insertQuery(m_set, "q1", "first query", "");
    const qint64 q2 = m_project->datasets().insertQuery(m_set, "q2", "second query", "");
    const qint64 a = m_project->datasets().insertDocument(m_set, "doc-a", "", "alpha");
    const qint64 b = m_project->datasets().insertDocument(m_set, "doc-b", "", "beta");
    JudgeInfo llm;
    llm.identity = QStringLiteral("llm-yesno|openai-compatible|http://localhost:8000/v1|model=m");
    llm.kind = QStringLiteral("llm");
    llm.name = QStringLiteral("llm-yesno");
    m_llm = m_project->judgments().ensureJudge(llm);
    const auto judgment = [this](qint64 query, qint64 document, std::optional<double> score, const QString& error = {}) {
        return TestUtils::judgmentRecord(m_llm, query, document, score, error);
    };
    JudgmentRecord answer = judgment(q1, a, 0.83);
    answer.prompt = QStringLiteral("Is doc-a relevant?");
    answer.rawResponse = QStringLiteral("{\"choices\":[]}");
    answer.latencyMs = 41.5;
    const qint64 answered = m_project->judgments().insert(answer);
    m_project->judgments().insert(judgment(q1, b, 0.5));
    m_project->judgments().insert(judgment(q2, a, std::nullopt, QStringLiteral("HTTP 500")));
    m_project->judgments().insert(judgment(q2, b, 0.2));
    JudgmentReason reason;
    reason.judgmentId = answered;
    reason.text = QStringLiteral("It mentions alpha.");
    reason.model = QStringLiteral("m");
    m_project->judgments().setReason(reason);
    HumanJudgmentStore alice(*m_project, QStringLiteral("alice"));
    m_alice = alice.judgeId();
    alice.label(q1, a, 1.0, QStringLiteral("Y"));
    alice.label(q1, b, 7.0 / 9.0, QStringLiteral("7"));
    alice.label(q2, a, 0.0, QStringLiteral("N"));
    alice.label(q2, a, 2.0 / 9.0, QStringLiteral("2")); // changed her mind
}

void TestJudgmentExporter::qrelsByThresholdAndScale_data()
{
    QTest::addColumn<bool>("annotator");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QStringList>("expected");
    // The failed judgment has no grade and is left out; 0.5 is relevant from the default threshold on.
    QTest::newRow("llm, threshold 0.5") << false << 0.5 << 0
                                        << QStringList{QStringLiteral("q1 0 doc-a 1"), QStringLiteral("q1 0 doc-b 1"),
                                                       QStringLiteral("q2 0 doc-b 0")};
    QTest::newRow("llm, threshold 0.6") << false << 0.6 << 0
                                        << QStringList{QStringLiteral("q1 0 doc-a 1"), QStringLiteral("q1 0 doc-b 0"),
                                                       QStringLiteral("q2 0 doc-b 0")};
    QTest::newRow("llm, scale 100") << false << 0.5 << 100
                                    << QStringList{QStringLiteral("q1 0 doc-a 83"), QStringLiteral("q1 0 doc-b 50"),
                                                   QStringLiteral("q2 0 doc-b 20")};
    // Alice's digits come back with scale 9; her label in force for (q2, doc-a) is her second.
    QTest::newRow("alice, scale 9") << true << 0.5 << 9
                                    << QStringList{QStringLiteral("q1 0 doc-a 9"), QStringLiteral("q1 0 doc-b 7"),
                                                   QStringLiteral("q2 0 doc-a 2")};
    QTest::newRow("alice, binary") << true << 0.5 << 0
                                   << QStringList{QStringLiteral("q1 0 doc-a 1"), QStringLiteral("q1 0 doc-b 1"),
                                                  QStringLiteral("q2 0 doc-a 0")};
}

void TestJudgmentExporter::qrelsByThresholdAndScale()
{
    QFETCH(bool, annotator);
    QFETCH(double, threshold);
    QFETCH(int, scale);
    QFETCH(QStringList, expected);
    JudgmentExporter::Options options;
    options.threshold = threshold;
    options.scale = scale;
    const QString path = m_project.filePath(QStringLiteral("%1.qrels").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    const qint64 written = JudgmentExporter::write(*m_project, annotator ? m_alice : m_llm, m_set, options, path);
    QCOMPARE(lines(path), expected);
    QCOMPARE(written, qint64(expected.size()));
}

void TestJudgmentExporter::jsonLinesCarryEverything()
{
    JudgmentExporter::Options options;
    options.format = JudgmentExporter::Format::Jsonl;
    const QString path = m_project.filePath(QStringLiteral("llm.jsonl"));
    QCOMPARE(JudgmentExporter::write(*m_project, m_llm, m_set, options, path), 4);
    const QStringList records = lines(path);
    QCOMPARE(records.size(), 4); // the failed judgment too
    const QJsonObject first = QJsonDocument::fromJson(records[0].toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("query_id")).toString(), QStringLiteral("q1"));
    QCOMPARE(first.value(QStringLiteral("doc_id")).toString(), QStringLiteral("doc-a"));
    QCOMPARE(first.value(QStringLiteral("judge")).toString(), QStringLiteral("llm-yesno|openai-compatible|http://localhost:8000/v1|model=m"));
    QCOMPARE(first.value(QStringLiteral("judge_kind")).toString(), QStringLiteral("llm"));
    QCOMPARE(first.value(QStringLiteral("score")).toDouble(), 0.83);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(first.value(QStringLiteral("prompt")).toString(), QStringLiteral("Is doc-a relevant?"));
    QCOMPARE(first.value(QStringLiteral("raw_response")).toString(), QStringLiteral("{\"choices\":[]}"));
    QCOMPARE(first.value(QStringLiteral("latency_ms")).toDouble(), 41.5);
    QVERIFY(first.value(QStringLiteral("created_at")).toString().startsWith(QStringLiteral("20")));
    QCOMPARE(first.value(QStringLiteral("reason")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("It mentions alpha."));
    const QJsonObject failed = QJsonDocument::fromJson(records[2].toUtf8()).object();
    QVERIFY(failed.value(QStringLiteral("score")).isNull());
    QCOMPARE(failed.value(QStringLiteral("error")).toString(), QStringLiteral("HTTP 500"));
    QVERIFY(!failed.contains(QStringLiteral("reason")));
    // A person's record says who and how.
    QVERIFY(JudgmentExporter::write(*m_project, m_alice, m_set, options, path, AtomicFileWriter::Existing::Replace) == 3);
    const QJsonObject label = QJsonDocument::fromJson(lines(path).at(0).toUtf8()).object();
    QCOMPARE(label.value(QStringLiteral("judge")).toString(), QStringLiteral("human:alice"));
    QCOMPARE(label.value(QStringLiteral("judge_kind")).toString(), QStringLiteral("human"));
    QCOMPARE(label.value(QStringLiteral("judge_name")).toString(), QStringLiteral("alice"));
    QCOMPARE(label.value(QStringLiteral("raw_response")).toString(), QStringLiteral("Y"));
}

void TestJudgmentExporter::historyKeepsEveryJudgment()
{
    JudgmentExporter::Options options;
    options.format = JudgmentExporter::Format::Jsonl;
    options.history = true;
    const QString path = m_project.filePath(QStringLiteral("history.jsonl"));
    QCOMPARE(JudgmentExporter::write(*m_project, m_alice, m_set, options, path), 4);
    const QStringList records = lines(path);
    QCOMPARE(QJsonDocument::fromJson(records[2].toUtf8()).object().value(QStringLiteral("raw_response")).toString(), QStringLiteral("N"));
    QCOMPARE(QJsonDocument::fromJson(records[3].toUtf8()).object().value(QStringLiteral("raw_response")).toString(), QStringLiteral("2"));
}

void TestJudgmentExporter::judgesAreFoundByIdIdentityOrName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("annotator");
    QTest::newRow("alice by name") << QStringLiteral("alice") << true;
    QTest::newRow("alice by identity") << QStringLiteral("human:alice") << true;
    QTest::newRow("llm by identity") << QStringLiteral("llm-yesno|openai-compatible|http://localhost:8000/v1|model=m") << false;
}

void TestJudgmentExporter::judgesAreFoundByIdIdentityOrName()
{
    QFETCH(QString, name);
    QFETCH(bool, annotator);
    QCOMPARE(JudgmentExporter::resolveJudge(*m_project, name).id, annotator ? m_alice : m_llm);
    QCOMPARE(JudgmentExporter::resolveJudge(*m_project, QString::number(m_llm)).id, m_llm);
}

void TestJudgmentExporter::unknownJudgeListsTheProjectsJudges()
{
    try {
        JudgmentExporter::resolveJudge(*m_project, QStringLiteral("bob"));
        QFAIL("found");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(QStringLiteral("alice")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("llm-yesno|")), qPrintable(error.message()));
    }
}

void TestJudgmentExporter::existingFileIsReplacedOnlyWhenAsked()
{
    const QString path = m_project.filePath(QStringLiteral("kept.qrels"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine\n");
    }
    try {
        JudgmentExporter::write(*m_project, m_alice, m_set, {}, path);
        QFAIL("an existing file was replaced without being asked");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QCOMPARE(lines(path), QStringList{QStringLiteral("mine")});
    QCOMPARE(JudgmentExporter::write(*m_project, m_alice, m_set, {}, path, AtomicFileWriter::Existing::Replace), 3);
    QCOMPARE(lines(path).size(), 3);
    QVERIFY(!lines(path).contains(QStringLiteral("mine")));
}

void TestJudgmentExporter::failedWriteLeavesNoFile()
{
    const QString path = m_project.filePath(QStringLiteral("no/such/folder/out.qrels"));
    QVERIFY_THROWS_EXCEPTION(TareError, JudgmentExporter::write(*m_project, m_llm, m_set, {}, path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestJudgmentExporter)
#include "tst_judgmentexporter.moc"
