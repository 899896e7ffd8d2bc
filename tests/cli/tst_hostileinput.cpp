// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

namespace {

/// Runs tare-cli with its address space limited (RLIMIT_AS), so a command that reads a huge input
/// whole fails fast instead of taking the machine's memory.
TestUtils::CliResult runCliWithMemoryLimit(const QStringList& arguments, qint64 maxBytes)
{
    return runCli(arguments, 300000, [maxBytes](QProcess& process) {
        process.setChildProcessModifier([maxBytes] {
            TestUtils::limitAddressSpace(maxBytes);
        });
    });
}

const QByteArray s_queries = "{\"_id\": \"q1\", \"text\": \"alpha\"}\n{\"_id\": \"q2\", \"text\": \"beta\"}\n";
const QByteArray s_qrels = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n";
const QByteArray s_corpus = "{\"_id\": \"d1\", \"text\": \"alpha one\"}\n{\"_id\": \"d2\", \"text\": \"beta two\"}\n";

/// A BEIR folder with the given files (the others are small and good).
QString beir(const QDir& parent, const QString& name, const QByteArray& corpus, const QByteArray& queries = s_queries,
             const QByteArray& qrels = s_qrels)
{
    const QDir dir(parent.filePath(name));
    TestUtils::writeFile(dir, QStringLiteral("corpus.jsonl"), corpus);
    TestUtils::writeFile(dir, QStringLiteral("queries.jsonl"), queries);
    TestUtils::writeFile(dir, QStringLiteral("qrels/test.tsv"), qrels);
    return dir.path();
}

QByteArray utf16(const QString& text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xff);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}

} // namespace

/// Input that is hostile or broken in ways a user meets: huge lines, endless files, NUL inside
/// strings, byte-order marks, UTF-16, ids that TREC files cannot carry, empty fields and
/// contradictory options. Each is refused with file, line and reason, or read as meant; none
/// makes an empty dataset that claims success.
class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refused_data();
    void refused();
    void endlessInputIsBounded_data();
    void endlessInputIsBounded();
    void byteOrderMarksAreRead();
    void labelsWithSpacesBecomeValidQueryIds();

private:
    QTemporaryDir m_dir;
};

void TestHostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHostileInput::refused_data()
{
    QTest::addColumn<QStringList>("arguments"); // @DIR@ is the test's folder, @P@ a new project in it
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QDir dir(m_dir.path());
    auto import = [](const QString& kind, const QString& input, const QStringList& more = {}) {
        return QStringList{QStringLiteral("import"), kind, input, QStringLiteral("--project"), QStringLiteral("@P@")} + more;
    };

    // Item 8: ids that TREC runs, qrels and id lists cannot carry.
    QTest::newRow("BEIR document id with a space")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("space-id"),
                                               "{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d 2\", \"text\": \"b\"}\n"))
        << 2 << QStringLiteral("corpus.jsonl:2: the id 'd 2' contains whitespace");
    QTest::newRow("BEIR query id with a tab")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("tab-id"), s_corpus,
                                               "{\"_id\": \"q1\", \"text\": \"a\"}\n{\"_id\": \"q\\t2\", \"text\": \"b\"}\n"))
        << 2 << QStringLiteral("queries.jsonl:2: the id 'q\\t2' contains whitespace");
    QTest::newRow("BEIR id with a no-break space")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("nbsp-id"), "{\"_id\": \"d\\u00a01\", \"text\": \"a\"}\n"))
        << 2 << QStringLiteral("corpus.jsonl:1: the id 'd\u00a01' contains whitespace (U+00a0)");
    QTest::newRow("classification id column with a space")
        << import(QStringLiteral("classification"),
                  TestUtils::writeFile(dir, QStringLiteral("ids.csv"), "id,text,label\na 1,hello,x\n"),
                  {QStringLiteral("--id-column"), QStringLiteral("id")})
        << 2 << QStringLiteral("ids.csv:2: the id 'a 1' contains whitespace");

    // Item 13: NUL inside JSON strings, UTF-16 with --skip-bad, empty fields, contradictory options.
    QTest::newRow("NUL inside a JSON string")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("nul"), "{\"_id\": \"d1\", \"text\": \"a\\u0000b\"}\n"))
        << 2 << QStringLiteral("corpus.jsonl:1: field \"text\" contains a NUL character");
    QTest::newRow("UTF-16 CSV with --skip-bad")
        << import(QStringLiteral("classification"),
                  TestUtils::writeFile(dir, QStringLiteral("utf16.csv"), utf16(QStringLiteral("text,label\nhello,x\n"))),
                  {QStringLiteral("--skip-bad")})
        << 2 << QStringLiteral("utf16.csv:1: the file is UTF-16");
    QTest::newRow("UTF-16 corpus with --skip-bad")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("utf16"), utf16(QString::fromUtf8(s_corpus))),
                  {QStringLiteral("--skip-bad")})
        << 2 << QStringLiteral("corpus.jsonl:1: the file is UTF-16");
    QTest::newRow("every record bad with --skip-bad")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("allbad"), "not json\n{\"_id\": 1}\n"),
                  {QStringLiteral("--skip-bad")})
        << 2 << QStringLiteral("no usable documents (2 bad record(s) skipped");
    QTest::newRow("CSV empty text")
        << import(QStringLiteral("classification"), TestUtils::writeFile(dir, QStringLiteral("emptytext.csv"), "text,label\nhello,x\n  ,y\n"))
        << 2 << QStringLiteral("emptytext.csv:3: empty text");
    QTest::newRow("CSV empty id")
        << import(QStringLiteral("classification"), TestUtils::writeFile(dir, QStringLiteral("emptyid.csv"), "id,text,label\n,hello,x\n"),
                  {QStringLiteral("--id-column"), QStringLiteral("id")})
        << 2 << QStringLiteral("emptyid.csv:2: an id is empty");
    QTest::newRow("text column = label column")
        << import(QStringLiteral("classification"), TestUtils::writeFile(dir, QStringLiteral("same.csv"), "text,label\nhello,x\n"),
                  {QStringLiteral("--text-column"), QStringLiteral("label")})
        << 1 << QStringLiteral("the text column and the label column are both 'label'");

    // Item 12: a line longer than any record may be.
    QByteArray hugeLine = "{\"_id\": \"d1\", \"text\": \"" + QByteArray(40 << 20, 'a') + "\"}\n";
    QTest::newRow("40 MB single-line corpus")
        << import(QStringLiteral("beir"), beir(dir, QStringLiteral("hugeline"), hugeLine))
        << 2 << QStringLiteral("corpus.jsonl:1: the line is longer than 16 MiB");
}

void TestHostileInput::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString project = m_dir.filePath(QStringLiteral("refused-%1.tare").arg(QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())))));
    for (QString& argument : arguments)
        argument.replace(QStringLiteral("@P@"), project);
    const auto result = runCli(arguments);
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed().left(300)));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err.left(2000)));
    QVERIFY2(!QFileInfo::exists(project), "a failed first import left a project behind");
}

void TestHostileInput::endlessInputIsBounded_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("classification") << QStringLiteral("classification");
    QTest::newRow("qrels") << QStringLiteral("qrels");
}

void TestHostileInput::endlessInputIsBounded()
{
    QFETCH(QString, kind);
    const QString project = m_dir.filePath(QStringLiteral("zero.tare"));
    if (kind == u"qrels" && !QFileInfo::exists(project)) {
        const auto created = runCli({QStringLiteral("import"), QStringLiteral("beir"),
                                     beir(QDir(m_dir.path()), QStringLiteral("good"), s_corpus), QStringLiteral("--project"),
                                     project, QStringLiteral("--name"), QStringLiteral("good")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    }
    QStringList arguments{QStringLiteral("import"), kind, QStringLiteral("/dev/zero"), QStringLiteral("--project"), project};
    if (kind == u"classification")
        arguments << QStringLiteral("--format") << QStringLiteral("csv");
    else
        arguments << QStringLiteral("--dataset") << QStringLiteral("good");
    // With 1.5 GB of address space: reading /dev/zero whole would run out of it.
    const auto result = runCliWithMemoryLimit(arguments, qint64(1536) << 20);
    qInfo("exit %d: %s", result.exitCode, qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("/dev/zero:1: the line is longer than 16 MiB")), qPrintable(result.err));
}

void TestHostileInput::byteOrderMarksAreRead()
{
    // A UTF-8 byte-order mark is not part of the first id, in JSON lines, BEIR TSV and TREC qrels.
    const QDir dir(m_dir.path());
    const QString folder = beir(dir, QStringLiteral("bom"), "\xEF\xBB\xBF" + s_corpus, "\xEF\xBB\xBF" + s_queries,
                                "\xEF\xBB\xBFq1\td1\t1\nq2\td2\t1\n");
    const QString project = m_dir.filePath(QStringLiteral("bom.tare"));
    const auto result = runCli({QStringLiteral("import"), QStringLiteral("beir"), folder, QStringLiteral("--project"), project});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString trec = TestUtils::writeFile(dir, QStringLiteral("bom.qrels"), "\xEF\xBB\xBFq1 0 d2 2\n");
    const auto qrels = runCli({QStringLiteral("import"), QStringLiteral("qrels"), trec, QStringLiteral("--project"), project,
                               QStringLiteral("--dataset"), QStringLiteral("bom")});
    QVERIFY2(qrels.exitCode == 0, qPrintable(qrels.err));
    ProjectStore store(project);
    const auto info = store.datasets().byName(QStringLiteral("bom"));
    QVERIFY(info);
    QVERIFY(store.datasets().documentId(info->id, "d1"));
    QVERIFY(store.datasets().queryId(info->id, "q1"));
    QCOMPARE(info->labelCount, qint64(3));
}

void TestHostileInput::labelsWithSpacesBecomeValidQueryIds()
{
    const QDir dir(m_dir.path());
    const QString table = TestUtils::writeFile(dir, QStringLiteral("intents.csv"),
                                               "text,label\nwhere is my card,card arrival\nmy card came,card arrival\n"
                                               "what is the rate,exchange  rate\n");
    const QString project = m_dir.filePath(QStringLiteral("intents.tare"));
    const auto result = runCli({QStringLiteral("import"), QStringLiteral("classification"), table, QStringLiteral("--project"), project});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString qrels = m_dir.filePath(QStringLiteral("intents.qrels"));
    const auto exported = runCli({QStringLiteral("export"), QStringLiteral("qrels"), project, QStringLiteral("--out"), qrels});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(qrels);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray& line : lines)
        QCOMPARE(line.simplified().split(' ').size(), 4); // qid 0 docid grade: nothing shifted
    QVERIFY(lines.first().startsWith("card_arrival 0 "));
    QVERIFY(lines.last().startsWith("exchange_rate 0 "));
    ProjectStore store(project);
    const auto queries = store.datasets().queries(store.datasets().all().first().id);
    QCOMPARE(queries.first().text, QStringLiteral("card arrival")); // the text keeps the label's words
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
