// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/jobs/jobtracker.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <stdexcept>

using namespace tare;

namespace {

/// A gate a job waits at until the test opens it (or the job is told to stop).
struct Gate
{
    QSemaphore open;
    std::atomic<bool> entered{false};

    /// Waits for the gate or for the token; true when the token stopped it.
    bool wait(const JobToken& token)
    {
        entered = true;
        QElapsedTimer clock;
        clock.start();
        while (!open.tryAcquire(1, 5)) {
            if (token.isCancelled())
                return true;
            if (clock.elapsed() > 30000)
                return false;
        }
        return false;
    }
};

} // namespace

/// The one facility for one-shot background work: the latest request wins, a dead receiver gets
/// nothing, cancel reaches the work, errors arrive as values, and a job with a project works on
/// its own connection on a worker thread.
class TestJobTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void latestRequestWins();
    void deadReceiverGetsNothing();
    void cancelReachesTheWork();
    void abandonDropsTheResult();
    void errorsAreValues_data();
    void errorsAreValues();
    void ownConnectionOnAWorker();
    void missingProjectIsAnError();
    void serialPoolKeepsOrderAndEveryResult();
    void destroyedTrackerStillRunsQueuedWork();
    void jobsLeaveQtsPoolFree();

private:
    QTemporaryDir m_dir;
    TestUtils::ProjectBuilder m_project{QStringLiteral("jobs.tare"), QStringLiteral("d")};
    QString m_path;
};

void TestJobTracker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project.close();
    m_path = m_project.path();
}

void TestJobTracker::latestRequestWins()
{
    QObject receiver;
    JobTracker tracker(&receiver);
    auto gate = std::make_shared<Gate>();
    auto firstSawCancel = std::make_shared<std::atomic<bool>>(false);
    QList<int> delivered;
    const quint64 first = tracker.run(
        [gate, firstSawCancel](const JobToken& token) {
            firstSawCancel->store(gate->wait(token));
            return 1;
        },
        [&](const JobResult<int>& result) { delivered.append(*result); });
    QTRY_VERIFY(gate->entered.load());
    QVERIFY(tracker.isRunning());
    const quint64 second = tracker.run([] { return 2; }, [&](const JobResult<int>& result) { delivered.append(*result); });
    QVERIFY(second > first);
    // The superseded job is told to stop, its result is dropped; the newest arrives.
    QTRY_VERIFY(firstSawCancel->load());
    QTRY_COMPARE(delivered, QList<int>{2});
    QTRY_VERIFY(!tracker.isRunning());
    QTest::qWait(50);
    QCOMPARE(delivered, QList<int>{2});
}

void TestJobTracker::deadReceiverGetsNothing()
{
    auto receiver = std::make_unique<QObject>();
    auto tracker = std::make_unique<JobTracker>(receiver.get(), JobTracker::Policy::EveryResult);
    auto gate = std::make_shared<Gate>();
    auto finished = std::make_shared<std::atomic<bool>>(false);
    bool delivered = false;
    tracker->run(
        [gate, finished](const JobToken& token) {
            gate->wait(token);
            finished->store(true);
            return 7;
        },
        [&delivered](const JobResult<int>&) { delivered = true; });
    QTRY_VERIFY(gate->entered.load());
    // The receiver goes while the job runs (its tracker stays): nothing may reach it.
    receiver.reset();
    gate->open.release();
    QTRY_VERIFY(finished->load());
    JobTracker::workerPool()->waitForDone();
    QTest::qWait(50);
    QVERIFY(!delivered);
}

void TestJobTracker::cancelReachesTheWork()
{
    QObject receiver;
    JobTracker tracker(&receiver, JobTracker::Policy::EveryResult);
    auto gate = std::make_shared<Gate>();
    std::optional<JobResult<QString>> outcome;
    tracker.run(
        [gate](const JobToken& token) -> QString {
            if (gate->wait(token))
                throw TareError(TareError::Kind::Cancelled, QStringLiteral("stopped at step 3"));
            return QStringLiteral("ran to the end");
        },
        [&](const JobResult<QString>& result) { outcome = result; });
    QTRY_VERIFY(gate->entered.load());
    tracker.cancel();
    // The work saw the token and ended early; cancel() still delivers how it ended.
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->wasCancelled());
    QCOMPARE(outcome->error(), QStringLiteral("stopped at step 3"));

    // A job started after the cancel is not affected by it.
    outcome.reset();
    tracker.run([](const JobToken& token) { return token.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("free"); },
                [&](const JobResult<QString>& result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->value(), QStringLiteral("free"));
}

void TestJobTracker::abandonDropsTheResult()
{
    QObject receiver;
    JobTracker tracker(&receiver, JobTracker::Policy::EveryResult);
    auto gate = std::make_shared<Gate>();
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    bool delivered = false;
    tracker.run(
        [gate, sawCancel](const JobToken& token) {
            sawCancel->store(gate->wait(token));
            return 1;
        },
        [&](const JobResult<int>&) { delivered = true; });
    QTRY_VERIFY(gate->entered.load());
    tracker.abandon();
    QTRY_VERIFY(sawCancel->load());
    QTRY_VERIFY(!tracker.isRunning());
    QVERIFY(!delivered);
}

void TestJobTracker::errorsAreValues_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("value") << 0 << true << int(TareError::Kind::Internal) << QString();
    QTest::newRow("input error") << 1 << false << int(TareError::Kind::Input) << QStringLiteral("f.jsonl:3: bad record");
    QTest::newRow("io error") << 2 << false << int(TareError::Kind::Io) << QStringLiteral("disk full");
    QTest::newRow("other exception") << 3 << false << int(TareError::Kind::Internal) << QStringLiteral("out of range");
}

void TestJobTracker::errorsAreValues()
{
    QFETCH(int, what);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, error);
    QObject receiver;
    JobTracker tracker(&receiver);
    std::optional<JobResult<double>> outcome;
    tracker.run(
        [what]() -> double {
            switch (what) {
            case 1:
                throw TareError::input(QStringLiteral("f.jsonl"), 3, QStringLiteral("bad record"));
            case 2:
                throw TareError(TareError::Kind::Io, QStringLiteral("disk full"));
            case 3:
                throw std::out_of_range("out of range");
            default:
                return 0.5;
            }
        },
        [&](const JobResult<double>& result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->ok(), ok);
    QCOMPARE(outcome->error(), error);
    if (ok)
        QCOMPARE(outcome->value(), 0.5);
    else
        QCOMPARE(int(outcome->errorKind()), kind);

    // Work without a value reports success or its error the same way.
    std::optional<JobResult<void>> done;
    tracker.run([what] {
        if (what)
            throw TareError(TareError::Kind::Io, QStringLiteral("no"));
    },
                [&](const JobResult<void>& result) { done = result; });
    QTRY_VERIFY(done.has_value());
    QCOMPARE(done->ok(), what == 0);
}

void TestJobTracker::ownConnectionOnAWorker()
{
    struct Seen
    {
        QThread* thread = nullptr;
        const SqliteConnection* connection = nullptr;
        int datasets = 0;
    };
    QObject receiver;
    JobTracker tracker(&receiver, JobTracker::Policy::EveryResult);
    QList<Seen> seen;
    ProjectStore mine(m_path);
    for (int i = 0; i < 2; ++i) {
        tracker.run(m_path,
                    [](ProjectStore& store) {
                        return Seen{QThread::currentThread(), &store.connection(), int(store.datasets().all().size())};
                    },
                    [&](const JobResult<Seen>& result) {
                        QVERIFY2(result.ok(), qPrintable(result.error()));
                        seen.append(*result);
                    });
        // One at a time: the pool may reuse a thread, but each job opens its own connection.
        QTRY_COMPARE(seen.size(), i + 1);
    }
    for (const Seen& s : seen) {
        QVERIFY(s.thread != QThread::currentThread());
        QVERIFY(s.connection != &mine.connection());
        QCOMPARE(s.datasets, 1);
    }
    // The token is handed over too, and a project can be created by the job.
    const QString created = m_dir.filePath(QStringLiteral("new.tare"));
    std::optional<JobResult<qint64>> outcome;
    tracker.run(JobProject(created, ProjectStore::OpenMode::CreateIfMissing),
                [](ProjectStore& store, const JobToken& token) { return token.isCancelled() ? -1 : qint64(store.schemaVersion()); },
                [&](const JobResult<qint64>& result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error()));
    QVERIFY(outcome->value() > 0);
    QVERIFY(QFile::exists(created));
}

void TestJobTracker::missingProjectIsAnError()
{
    QObject receiver;
    JobTracker tracker(&receiver);
    std::optional<JobResult<int>> outcome;
    const QString missing = m_dir.filePath(QStringLiteral("missing.tare"));
    tracker.run(missing, [](ProjectStore&) { return 1; }, [&](const JobResult<int>& result) { outcome = result; });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->errorKind(), TareError::Kind::Io);
    QVERIFY2(outcome->error().contains(missing), qPrintable(outcome->error()));
    QVERIFY(!QFile::exists(missing)); // OpenExisting never creates
}

void TestJobTracker::serialPoolKeepsOrderAndEveryResult()
{
    QThreadPool queue;
    queue.setMaxThreadCount(1);
    QObject receiver;
    JobTracker writes(&receiver, JobTracker::Policy::EveryResult, &queue);
    JobTracker reads(&receiver, JobTracker::Policy::LatestWins, &queue);
    auto order = std::make_shared<QList<int>>(); // touched by the one queue thread only until it is idle
    QList<int> delivered;
    for (int i = 0; i < 5; ++i) {
        writes.run([order, i] {
            QThread::msleep(2);
            order->append(i);
            return i;
        },
                   [&](const JobResult<int>& result) { delivered.append(*result); });
    }
    // A read queued behind the writes sees all of them.
    std::optional<int> read;
    reads.run([order] { return int(order->size()); }, [&](const JobResult<int>& result) { read = *result; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(*read, 5);
    QTRY_COMPARE(delivered, (QList<int>{0, 1, 2, 3, 4}));
    queue.waitForDone();
    QCOMPARE(*order, (QList<int>{0, 1, 2, 3, 4}));
}

void TestJobTracker::destroyedTrackerStillRunsQueuedWork()
{
    QThreadPool queue;
    queue.setMaxThreadCount(1);
    QObject receiver;
    auto gate = std::make_shared<Gate>();
    auto ran = std::make_shared<std::atomic<int>>(0);
    bool delivered = false;
    {
        JobTracker writes(&receiver, JobTracker::Policy::EveryResult, &queue);
        writes.run([gate](const JobToken& token) { gate->wait(token); }, [&](const JobResult<void>&) { delivered = true; });
        writes.run([ran] { ++*ran; }, [&](const JobResult<void>&) { delivered = true; });
        QTRY_VERIFY(gate->entered.load());
    }
    // The tracker is gone: the queued write still happens (nothing is lost), nothing is delivered.
    gate->open.release();
    queue.waitForDone();
    QCOMPARE(ran->load(), 1);
    QTest::qWait(50);
    QVERIFY(!delivered);
}

/// Qt's raster paint engine hands parts of a paint to QThreadPool::globalInstance() and the GUI
/// thread waits for them: jobs as long as the pool's threads must never fill that pool, or the
/// window freezes while it paints (seconds on a million-document project).
void TestJobTracker::jobsLeaveQtsPoolFree()
{
    QObject receiver;
    JobTracker tracker(&receiver, JobTracker::Policy::EveryResult);
    const int jobs = QThreadPool::globalInstance()->maxThreadCount() + 1;
    auto gate = std::make_shared<Gate>();
    auto running = std::make_shared<std::atomic<int>>(0);
    int delivered = 0;
    for (int i = 0; i < jobs; ++i)
        tracker.run(
            [gate, running](const JobToken& token) {
                ++*running;
                gate->wait(token);
                return 0;
            },
            [&delivered](const JobResult<int>&) { ++delivered; });
    QTRY_VERIFY(running->load() >= std::min(jobs, JobTracker::workerPool()->maxThreadCount()));
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(JobTracker::workerPool() != QThreadPool::globalInstance());
    gate->open.release(jobs);
    QTRY_COMPARE(delivered, jobs);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
