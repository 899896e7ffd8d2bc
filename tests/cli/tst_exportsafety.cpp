// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tare;
using TestUtils::readAll;
using TestUtils::runCli;
using TestUtils::runCliWithFileLimit;

namespace {

/// Every file below `dir` (temporary files included), relative, sorted.
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

/// Every writer of exports and reports on a full disk, on /dev/full and over existing files:
/// a write that fails is an I/O error (exit 3) naming the system's reason, nothing half-written
/// is left behind (no truncated file, no temporary file), and an existing file or symbolic link
/// is replaced only with --force (a link then replaced itself, never followed).
class TestExportSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullDiskFailsAndLeavesNothing_data();
    void fullDiskFailsAndLeavesNothing();
    void devFullSaysNoSpace_data();
    void devFullSaysNoSpace();
    void existingFilesNeedForce_data();
    void existingFilesNeedForce();
    void symlinksAreNotFollowed_data();
    void symlinksAreNotFollowed();
    void existingRunExportNeedsForce();

private:
    /// `arguments` with @PROJECT@ and @OUT@ filled in.
    QStringList fill(QStringList arguments, const QString& out) const;

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<SqliteConnection> m_holder;
};

void TestExportSafety::initTestCase()
{
    const auto result = TestUtils::buildCliProjectIn(m_dir, QStringLiteral("p.tare"), m_project,
                                                     QStringLiteral("nuance"), 32, 10);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Held open so that the project's -wal and -shm files exist: a tare-cli under a small file
    // size limit can then read the project, and only its own output hits the limit.
    m_holder = std::make_unique<SqliteConnection>(m_project, SqliteConnection::Mode::ReadWrite);
    auto& statement = m_holder->prepare("SELECT count(*) FROM runs");
    QVERIFY(statement.step());
    QCOMPARE(statement.int64(0), 1);
    statement.reset();
}

void TestExportSafety::cleanupTestCase()
{
    m_holder.reset();
}

QStringList TestExportSafety::fill(QStringList arguments, const QString& out) const
{
    for (QString& argument : arguments) {
        argument.replace(QStringLiteral("@PROJECT@"), m_project);
        argument.replace(QStringLiteral("@OUT@"), out);
    }
    return arguments;
}

namespace {

void addWriterRows(bool filesOnly)
{
    QTest::addColumn<QStringList>("arguments");
    const QString p = QStringLiteral("@PROJECT@");
    const QString out = QStringLiteral("@OUT@");
    auto row = [&](const char* name, const QStringList& arguments) { QTest::newRow(name) << arguments; };
    if (!filesOnly) {
        for (const char* format : {"json", "csv", "trec", "ranx"}) {
            row(qPrintable(QStringLiteral("export run %1").arg(QLatin1String(format))),
                {QStringLiteral("export"), QStringLiteral("run"), p, QStringLiteral("--format"), QString::fromLatin1(format),
                 QStringLiteral("--out"), out});
        }
        row("export vectors", {QStringLiteral("export"), QStringLiteral("vectors"), p, QStringLiteral("--out"), out + QStringLiteral("/v")});
    }
    const bool dirOut = !filesOnly;
    const QString file = dirOut ? out + QStringLiteral("/out.file") : out;
    row("export qrels", {QStringLiteral("export"), QStringLiteral("qrels"), p, QStringLiteral("--out"), file});
    for (const char* format : {"html", "md", "csv"}) {
        row(qPrintable(QStringLiteral("report %1").arg(QLatin1String(format))),
            {QStringLiteral("report"), p, QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("--out"), file});
    }
}

} // namespace

void TestExportSafety::fullDiskFailsAndLeavesNothing_data()
{
    addWriterRows(false);
}

void TestExportSafety::fullDiskFailsAndLeavesNothing()
{
    QFETCH(QStringList, arguments);
    // Unlimited first: what the export writes, and how large its largest file is.
    const QString free = m_dir.filePath(QStringLiteral("free-") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(free));
    const auto whole = runCli(fill(arguments, free));
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    qint64 largest = 0;
    for (const QString& file : filesBelow(free))
        largest = std::max(largest, QFileInfo(QDir(free).filePath(file)).size());
    QVERIFY2(largest > 1024, qPrintable(QString::number(largest)));

    // Then with room for half of it.
    const QString full = m_dir.filePath(QStringLiteral("full-") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(full));
    const auto cut = runCliWithFileLimit(fill(arguments, full), largest / 2);
    qInfo("%s", qPrintable(cut.err.trimmed()));
    QCOMPARE(cut.exitCode, 3);
    QVERIFY2(cut.err.contains(QStringLiteral("File too large")), qPrintable(cut.err));
    QVERIFY2(!cut.out.contains(QStringLiteral("Wrote")), qPrintable(cut.out));
    QCOMPARE(filesBelow(full), QStringList());
}

void TestExportSafety::devFullSaysNoSpace_data()
{
    addWriterRows(true);
}

void TestExportSafety::devFullSaysNoSpace()
{
    QFETCH(QStringList, arguments);
    // As root, a writer that renames a temporary file over its target replaces the device itself.
    QVERIFY2(QFileInfo::exists(QStringLiteral("/dev/full")) && !QFileInfo(QStringLiteral("/dev/full")).isFile(),
             "/dev/full is not a device any more (an earlier export replaced it): mknod -m 666 /dev/full c 1 7");
    const auto result = runCli(fill(arguments, QStringLiteral("/dev/full")));
    qInfo("%s", qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(QStringLiteral("No space left on device")), qPrintable(result.err));
    QVERIFY2(!result.out.contains(QStringLiteral("Wrote")), qPrintable(result.out));
    QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists()); // still the device, not replaced by a file
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestExportSafety::existingFilesNeedForce_data()
{
    addWriterRows(true);
}

void TestExportSafety::existingFilesNeedForce()
{
    QFETCH(QStringList, arguments);
    const QString target = m_dir.filePath(QStringLiteral("existing-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    TestUtils::writeFile(QDir(m_dir.path()), QFileInfo(target).fileName(), "keep me\n");

    const auto refused = runCli(fill(arguments, target));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("already exists")) && refused.err.contains(QStringLiteral("--force")),
             qPrintable(refused.err));
    QCOMPARE(readAll(target), QByteArray("keep me\n"));

    const auto forced = runCli(fill(arguments, target) << QStringLiteral("--force"));
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(readAll(target) != QByteArray("keep me\n"));
    QVERIFY(QFileInfo(target).size() > 100);
}

void TestExportSafety::symlinksAreNotFollowed_data()
{
    addWriterRows(true);
}

void TestExportSafety::symlinksAreNotFollowed()
{
    QFETCH(QStringList, arguments);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString victim = TestUtils::writeFile(QDir(m_dir.path()), QStringLiteral("victim-") + tag, "someone else's file\n");
    const QString link = m_dir.filePath(QStringLiteral("link-") + tag);
    QVERIFY(QFile::link(victim, link));

    const auto refused = runCli(fill(arguments, link));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("symbolic link")), qPrintable(refused.err));
    QCOMPARE(readAll(victim), QByteArray("someone else's file\n"));
    QVERIFY(QFileInfo(link).isSymLink());

    // --force replaces the link with the export; what it pointed to stays as it was.
    const auto forced = runCli(fill(arguments, link) << QStringLiteral("--force"));
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QCOMPARE(readAll(victim), QByteArray("someone else's file\n"));
    QVERIFY(!QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(link).size() > 100);
}

void TestExportSafety::existingRunExportNeedsForce()
{
    const QString out = m_dir.filePath(QStringLiteral("runs"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("run"), m_project, QStringLiteral("--format"),
                                QStringLiteral("trec"), QStringLiteral("--out"), out};
    const auto first = runCli(arguments);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QString before = QDir(out).filePath(QStringLiteral("run1-before.trec"));
    const QString after = QDir(out).filePath(QStringLiteral("run1-after.trec"));
    // A stranger's edit to the "after" file must survive a second export without --force,
    // and the "before" file must not be replaced either (the export is refused as a whole).
    TestUtils::writeFile(QDir(out), QStringLiteral("run1-after.trec"), "edited\n");
    const QByteArray beforeBytes = readAll(before);
    QFile::setPermissions(before, QFile::ReadOwner | QFile::WriteOwner);
    const auto again = runCli(arguments);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
    QCOMPARE(readAll(after), QByteArray("edited\n"));
    QCOMPARE(readAll(before), beforeBytes);
    QCOMPARE(filesBelow(out), (QStringList{QStringLiteral("run1-after.trec"), QStringLiteral("run1-before.trec")}));

    const auto forced = runCli(arguments + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(readAll(after).contains("tare-run1-after"));
    // The replaced file keeps the permissions it had.
    QCOMPARE(QFileInfo(before).permissions() & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther),
             QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
