// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "projectbuilder.h"
#include "testutils.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tare;
using TestUtils::integrityCheck;
using TestUtils::runCli;
using TestUtils::runCliWithFileLimit;

namespace {

/// Every row of every ordinary table, as table -> the hashes of its rows (a multiset, so that
/// "everything from before is still there, unchanged" is a containment check).
using Contents = QMap<QString, QMap<QByteArray, int>>;

Contents contents(const QString& path)
{
    SqliteConnection connection(path, SqliteConnection::Mode::ReadOnly);
    QStringList tables;
    {
        auto& statement = connection.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
        while (statement.step())
            tables.append(statement.text(0));
        statement.reset();
    }
    Contents result;
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection.handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            qFatal("cannot read table %s", qPrintable(table));
        QMap<QByteArray, int>& rows = result[table];
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QCryptographicHash hash(QCryptographicHash::Sha1);
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const int type = sqlite3_column_type(statement, column);
                const char* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
                const int bytes = sqlite3_column_bytes(statement, column);
                hash.addData(QByteArray(QByteArray::number(type) + ':' + QByteArray::number(bytes) + ':'));
                if (data)
                    hash.addData(QByteArrayView(data, bytes));
            }
            ++rows[hash.result()];
        }
        sqlite3_finalize(statement);
    }
    return result;
}

/// Rows of `before` missing from (or changed in) `after`, as "table: count" lines; empty when none.
QStringList lostRows(const Contents& before, const Contents& after)
{
    QStringList lost;
    for (auto table = before.constBegin(); table != before.constEnd(); ++table) {
        const QMap<QByteArray, int> now = after.value(table.key());
        int missing = 0;
        for (auto row = table->constBegin(); row != table->constEnd(); ++row)
            missing += std::max(0, row.value() - now.value(row.key()));
        if (missing > 0)
            lost.append(QStringLiteral("%1: %2 row(s)").arg(table.key()).arg(missing));
    }
    return lost;
}

qint64 projectBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// A BEIR folder of `documents` generated documents (about 200 bytes each) and a few queries.
void writeBeir(const QDir& dir, int documents)
{
    QByteArray corpus;
    QByteArray queries;
    QByteArray qrels = "query-id\tcorpus-id\tscore\n";
    for (int i = 0; i < documents; ++i) {
        corpus += "{\"_id\": \"g" + QByteArray::number(i) + "\", \"title\": \"generated " + QByteArray::number(i)
            + "\", \"text\": \"" + QByteArray("word").repeated(1 + i % 7) + ' '
            + QByteArray::number(quint64(i) * 2654435761u % 1000003) + ' ' + QByteArray(150, 'x') + "\"}\n";
    }
    for (int q = 0; q < 20; ++q) {
        queries += "{\"_id\": \"gq" + QByteArray::number(q) + "\", \"text\": \"query " + QByteArray::number(q) + "\"}\n";
        qrels += "gq" + QByteArray::number(q) + "\tg" + QByteArray::number(q * 7) + "\t1\n";
    }
    TestUtils::writeFile(dir, QStringLiteral("corpus.jsonl"), corpus);
    TestUtils::writeFile(dir, QStringLiteral("queries.jsonl"), queries);
    TestUtils::writeFile(dir, QStringLiteral("qrels/test.tsv"), qrels);
}

/// The message of a write that hit the limit: it must say that space ran out, not only that
/// "something" failed.
bool namesTheProblem(const QString& message)
{
    return message.contains(QStringLiteral("no space to write")) && message.contains(QStringLiteral("File too large"));
}

} // namespace

/// Disk full, imitated with a file size limit on the tare-cli process: an import and a run that
/// hit it stop with exit code 3 and a message naming the problem, and the project afterwards
/// passes PRAGMA integrity_check and holds everything it held before. The run resumes once space
/// is back.
class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importHittingTheLimitLeavesTheProjectAsItWas();
    void runHittingTheLimitKeepsFinishedQueriesAndResumes();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestDiskFull::initTestCase()
{
    const auto result = TestUtils::buildCliProjectIn(m_dir, QStringLiteral("p.tare"), m_project,
                                                     QStringLiteral("nuance"), 64);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

void TestDiskFull::importHittingTheLimitLeavesTheProjectAsItWas()
{
    const QDir beir(m_dir.filePath(QStringLiteral("big")));
    writeBeir(beir, 20000); // about 4 MB of documents: far past the limit below
    const Contents before = contents(m_project);
    const qint64 limit = projectBytes(m_project) + 512 * 1024;

    const auto result = runCliWithFileLimit({QStringLiteral("import"), QStringLiteral("beir"), beir.path(),
                                             QStringLiteral("--project"), m_project, QStringLiteral("--name"),
                                             QStringLiteral("big")},
                                            limit);
    qInfo("import stopped with: %s", qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 3); // I/O error
    QVERIFY2(namesTheProblem(result.err), qPrintable(result.err));
    QVERIFY2(result.err.contains(m_project), qPrintable(result.err));

    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    const Contents after = contents(m_project);
    QCOMPARE(lostRows(before, after), QStringList());
    QCOMPARE(after, before); // and nothing of the failed import stays

    // With space again, the same import succeeds.
    const auto retry = runCli({QStringLiteral("import"), QStringLiteral("beir"), beir.path(), QStringLiteral("--project"),
                               m_project, QStringLiteral("--name"), QStringLiteral("big")});
    QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    QCOMPARE(lostRows(before, contents(m_project)), QStringList());
}

void TestDiskFull::runHittingTheLimitKeepsFinishedQueriesAndResumes()
{
    const QStringList arguments{QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                QStringLiteral("--dataset"), QStringLiteral("nuance"), QStringLiteral("--judge"),
                                QStringLiteral("gold"), QStringLiteral("--steps"), QStringLiteral("200"),
                                QStringLiteral("--eval-every"), QStringLiteral("1"), QStringLiteral("--threads"),
                                QStringLiteral("1"), QStringLiteral("--json")};
    // A run writes a few kilobytes per query into the WAL, which starts empty; the project file
    // is larger than the limit, so the checkpoint at exit fails too and the WAL is what keeps
    // the finished queries.
    const Contents before = contents(m_project);
    const auto result = runCliWithFileLimit(arguments, 256 * 1024);
    qInfo("run stopped with: %s", qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(namesTheProblem(result.err), qPrintable(result.err));

    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    const Contents stopped = contents(m_project);
    QCOMPARE(lostRows(before, stopped), QStringList());
    const qint64 kept = stopped.value(QStringLiteral("run_queries")).size();
    qInfo("queries kept from the stopped run: %lld", kept);
    QVERIFY(kept >= 1);

    // With space again, --resume completes the run.
    const auto resumed = runCli(arguments + QStringList{QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    const QJsonObject summary =
        QJsonDocument::fromJson(resumed.out.toUtf8()).object().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(integrityCheck(m_project), QStringLiteral("ok"));
    const Contents resumedContents = contents(m_project);
    QCOMPARE(lostRows(before, resumedContents), QStringList());
    // The queries finished before the stop are kept as they were; only the run's status changed.
    QCOMPARE(lostRows(stopped, resumedContents), QStringList{QStringLiteral("runs: 1 row(s)")});
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
