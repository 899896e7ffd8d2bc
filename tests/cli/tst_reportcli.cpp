// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/run/runsummary.h"
#include "testutils.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

/// `tare-cli report` on the bundled sample project, in every format, and its errors.
class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachFormat_data();
    void eachFormat();
    void latestRunByDefault();
    void errors_data();
    void errors();
    void ranxExport();

private:
    QString readAll(const QString& path);

    QTemporaryDir m_dir;
    QString m_project;
};

QString TestReportCli::readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestReportCli::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("sample.tare"));
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--project"), m_project, QStringLiteral("--judge"),
                              QStringLiteral("simulated:flip=0.2,seed=7")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestReportCli::eachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("<!DOCTYPE html>");
    QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("# Tare report: run 1");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("run,query,text,status,ap_before,ap_after,delta_ap");
}

void TestReportCli::eachFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    const QString path = m_dir.filePath(QStringLiteral("report.") + format);
    const auto result = runCli({QStringLiteral("report"), m_project, QStringLiteral("--run"), QStringLiteral("1"),
                                QStringLiteral("--format"), format, QStringLiteral("--out"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(path));
    const QString text = readAll(path);
    QVERIFY2(text.startsWith(start), qPrintable(text.left(200)));

    ProjectStore store(m_project);
    const RunSummary summary = RunSummary::load(store, 1);
    QCOMPARE(summary.finished, 23);
    for (const RunQueryRecord& record : summary.results) {
        const QString id = summary.queryExtIds.value(record.queryId);
        if (format == u"csv") {
            QVERIFY2(text.contains(QStringLiteral("\n1,%1,").arg(id)), qPrintable(id));
            QVERIFY(text.contains(QString::number(record.apAfter, 'g', 10)));
        } else {
            QVERIFY(text.contains(id));
            QVERIFY(text.contains(QString::number(record.apAfter, 'f', 4)));
        }
    }
    if (format != u"csv")
        QVERIFY(text.contains(QString::number(summary.mapAfter, 'f', 4)));
    if (format == u"html")
        QCOMPARE(text.count(QStringLiteral("<svg")), text.count(QStringLiteral("</svg>")));
}

void TestReportCli::latestRunByDefault()
{
    // A second run: the report without --run is about it.
    const auto run = runCli({QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                             QStringLiteral("--judge"), QStringLiteral("gold"), QStringLiteral("--refiner"), QStringLiteral("rocchio"),
                             QStringLiteral("--dataset"), QStringLiteral("nuance")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString path = m_dir.filePath(QStringLiteral("latest.md"));
    const auto result = runCli({QStringLiteral("report"), m_project, QStringLiteral("--format"), QStringLiteral("md"),
                                QStringLiteral("--out"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = readAll(path);
    QVERIFY(text.startsWith(QStringLiteral("# Tare report: run 2")));
    QVERIFY(text.contains(QStringLiteral("refiner rocchio")));
}

void TestReportCli::errors_data()
{
    TestUtils::addFailingCallColumns();
    QTest::newRow("no out") << QStringList{QStringLiteral("@P@")} << 1 << QStringLiteral("usage");
    QTest::newRow("bad format") << QStringList{QStringLiteral("@P@"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                               QStringLiteral("--out"), QStringLiteral("@D@/x")}
                                << 1 << QStringLiteral("--format must be html, md or csv");
    QTest::newRow("unknown run") << QStringList{QStringLiteral("@P@"), QStringLiteral("--run"), QStringLiteral("99"),
                                                QStringLiteral("--out"), QStringLiteral("@D@/x")}
                                 << 1 << QStringLiteral("no run with id 99");
    QTest::newRow("unknown experiment") << QStringList{QStringLiteral("@P@"), QStringLiteral("--experiment"), QStringLiteral("5"),
                                                       QStringLiteral("--out"), QStringLiteral("@D@/x")}
                                        << 1 << QStringLiteral("no experiment with id 5");
    QTest::newRow("both") << QStringList{QStringLiteral("@P@"), QStringLiteral("--run"), QStringLiteral("1"), QStringLiteral("--experiment"),
                                         QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("@D@/x")}
                          << 1 << QStringLiteral("not both");
    QTest::newRow("unwritable") << QStringList{QStringLiteral("@P@"), QStringLiteral("--out"), QStringLiteral("@D@/no/such/dir/x.html")}
                                << 3 << QStringLiteral("No such file or directory");
}

void TestReportCli::errors()
{
    TestUtils::checkFailingCall({QStringLiteral("report")},
                                {{QStringLiteral("@P@"), m_project}, {QStringLiteral("@D@"), m_dir.path()}});
}

void TestReportCli::ranxExport()
{
    const QString out = m_dir.filePath(QStringLiteral("ranx"));
    const auto result = runCli({QStringLiteral("export"), QStringLiteral("run"), m_project, QStringLiteral("--run"), QStringLiteral("1"),
                                QStringLiteral("--format"), QStringLiteral("ranx"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonObject run = QJsonDocument::fromJson(readAll(out + QStringLiteral("/run1-after.ranx.json")).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(run.size(), 23);
    QCOMPARE(run.value(QStringLiteral("q01")).toObject().size(), 400); // the nuance corpus
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
