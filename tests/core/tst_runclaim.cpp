// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runclaim.h"
#include "core/util/tareerror.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace tare;

class TestRunClaim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHolderPerRun();
    void releasedWhenItsProcessEnds();
};

void TestRunClaim::oneHolderPerRun()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    {
        const RunClaim claim(project, 3);
        QVERIFY(QFileInfo::exists(RunClaim::lockPath(project, 3)));
        // flock() locks belong to an open file: a second claim, even in this process, is refused.
        try {
            const RunClaim second(project, 3);
            QFAIL("a run was claimed twice");
        } catch (const TareError& error) {
            QCOMPARE(error.kind(), TareError::Kind::Usage);
            QVERIFY2(error.message().contains(QStringLiteral("run 3 is being executed by another Tare process (process %1)")
                                                  .arg(::getpid())),
                     qPrintable(error.message()));
        }
        const RunClaim other(project, 4); // another run is free
    }
    QVERIFY(!QFileInfo::exists(RunClaim::lockPath(project, 3)));
    const RunClaim again(project, 3);
}

void TestRunClaim::releasedWhenItsProcessEnds()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tare"));
    const pid_t child = ::fork();
    if (child == 0) {
        // Claims and dies without releasing (as a killed tare-cli would).
        new RunClaim(project, 1);
        ::_exit(0);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(QFileInfo::exists(RunClaim::lockPath(project, 1))); // left behind, but no longer locked
    const RunClaim claim(project, 1);
}

QTEST_GUILESS_MAIN(TestRunClaim)
#include "tst_runclaim.moc"
