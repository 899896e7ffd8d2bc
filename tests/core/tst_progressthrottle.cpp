// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/jobs/progressthrottle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace tare;

/// Worker progress as the GUI wants it: at most about one signal per interval however fast the
/// worker posts, the latest count always arrives, flush() delivers at once, reset() forgets.
class TestProgressThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throttlesAndEndsOnTheLatest();
    void flushAndReset();
};

void TestProgressThrottle::throttlesAndEndsOnTheLatest()
{
    ProgressThrottle throttle(nullptr, 50);
    QSignalSpy progress(&throttle, &ProgressThrottle::progress);
    constexpr qint64 total = 20000;
    QElapsedTimer clock;
    clock.start();
    QThread* worker = QThread::create([&throttle] {
        for (qint64 done = 1; done <= total; ++done) {
            throttle.post(done, total);
            if (done % 100 == 0)
                QThread::usleep(500);
        }
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished() && !progress.isEmpty() && progress.last().at(0).toLongLong() == total, 30000);
    const qint64 elapsed = clock.elapsed();
    worker->wait();
    delete worker;
    QVERIFY2(progress.size() <= elapsed / 50 + 2, qPrintable(QStringLiteral("%1 signals in %2 ms").arg(progress.size()).arg(elapsed)));
    QCOMPARE(progress.last().at(1).toLongLong(), total);
    // Counts arrive in order.
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toLongLong() > progress.at(i - 1).at(0).toLongLong());
}

void TestProgressThrottle::flushAndReset()
{
    ProgressThrottle throttle(nullptr, 10000);
    QSignalSpy progress(&throttle, &ProgressThrottle::progress);
    throttle.post(1, 3);
    QTRY_COMPARE(progress.size(), 1); // the first count goes at once
    throttle.post(2, 3);
    throttle.post(3, 3);
    QTest::qWait(50);
    QCOMPARE(progress.size(), 1); // the rest waits for the interval…
    throttle.flush();             // …unless the job ends
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.last().at(0).toLongLong(), 3);
    QTest::qWait(50);
    QCOMPARE(progress.size(), 2); // nothing twice

    throttle.reset();
    throttle.post(9, 9);
    QTRY_COMPARE(progress.size(), 3); // after a reset the first count goes at once again
    throttle.post(10, 10);
    throttle.reset();
    throttle.flush();
    QTest::qWait(50);
    QCOMPARE(progress.size(), 3); // a reset drops what waited
}

QTEST_GUILESS_MAIN(TestProgressThrottle)
#include "tst_progressthrottle.moc"
