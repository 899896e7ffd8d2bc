// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

/// End to end through the real program: first start creates the sample project (import and LSA
/// space in the background), Run starts the default run, the table fills, the first query is
/// inspected, and every page (each tab) is saved as a PNG.
class TestWorkbenchApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheDefaultRunAndInspectsAQuery();
};

void TestWorkbenchApp::runsTheDefaultRunAndInspectsAQuery()
{
#ifndef TARE_APP_PATH
    QSKIP("the tare program is not built");
#else
    QTemporaryDir dataHome;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome.filePath(QStringLiteral("config"))); // no settings of the user's
    process.setProcessEnvironment(env);
    const QString shot = dataHome.filePath(QStringLiteral("shot.png"));
    process.start(QStringLiteral(TARE_APP_PATH), {QStringLiteral("--run"), QStringLiteral("--screenshot"), shot});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, errors.constData());
    // Opening, running, inspecting and every page happened without SQLite on the GUI thread.
    QVERIFY2(!errors.contains("SQLite used on the GUI thread"), errors.constData());

    // The window, and one picture per page (every tab), named after the page.
    const QStringList pages{QString(), QStringLiteral("-project"), QStringLiteral("-runs"), QStringLiteral("-dashboard"), QStringLiteral("-inspector"),
                            QStringLiteral("-feedback"), QStringLiteral("-trajectory"), QStringLiteral("-compare"),
                            QStringLiteral("-corpus"), QStringLiteral("-explain"), QStringLiteral("-experiments"),
                            QStringLiteral("-experiments-grid")};
    for (const QString& page : pages) {
        const QImage image(dataHome.filePath(QStringLiteral("shot%1.png").arg(page)));
        QVERIFY2(!image.isNull(), qPrintable(page));
        QVERIFY(image.width() >= 800);
    }

    // The run is in the project: finished, every nuance query recorded.
    // The data folder is named after the organisation and the application.
    const QString project = QDir(dataHome.filePath(QStringLiteral("Tare/tare"))).filePath(QStringLiteral("sample.tare"));
    ProjectStore store(project);
    const auto nuance = store.datasets().byName(QStringLiteral("nuance"));
    QVERIFY(nuance);
    const QList<RunRecord> runs = store.runs().all(nuance->id);
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, RunStatus::Finished);
    QCOMPARE(runs.first().finishedQueries, nuance->queryCount);
#endif
}

QTEST_MAIN(TestWorkbenchApp)
#include "tst_workbenchapp.moc"
