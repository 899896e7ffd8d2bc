// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/atomicfilewriter.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::readAll;

namespace {

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appearsOnlyOnCommit();
    void largeWritesAreWhole();
    void destroyedWithoutCommitLeavesNothing();
    void existingTargets_data();
    void existingTargets();
    void deviceFullIsAnIoErrorWithTheReason();
    void folderIsRefused();
    void targetCreatedMeanwhileIsNotReplaced();
};

void TestAtomicFileWriter::appearsOnlyOnCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    AtomicFileWriter writer(path);
    writer.write("hello ");
    writer.write("world\n");
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(entries(dir.path()).size(), 1); // the temporary file, hidden, beside the target
    QVERIFY(entries(dir.path()).first().startsWith(QStringLiteral(".out.txt.")));
    writer.commit();
    QCOMPARE(readAll(path), QByteArray("hello world\n"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.txt")});
    QCOMPARE(writer.bytesWritten(), 12);
}

void TestAtomicFileWriter::largeWritesAreWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QByteArray expected;
    {
        AtomicFileWriter writer(path);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray chunk = QByteArray::number(i).repeated(97) + '\n';
            writer.write(chunk);
            expected += chunk;
        }
        writer.commit();
    }
    QCOMPARE(readAll(path), expected);
}

void TestAtomicFileWriter::destroyedWithoutCommitLeavesNothing()
{
    QTemporaryDir dir;
    {
        AtomicFileWriter writer(dir.filePath(QStringLiteral("never.txt")));
        writer.write(QByteArray(1 << 20, 'x'));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestAtomicFileWriter::existingTargets_data()
{
    TestUtils::addSwitchRows("symlink", "file", "symbolic link");
}

void TestAtomicFileWriter::existingTargets()
{
    QFETCH(bool, symlink);
    QTemporaryDir dir;
    const QString other = TestUtils::writeFile(QDir(dir.path()), QStringLiteral("other.txt"), "other\n");
    const QString path = dir.filePath(QStringLiteral("target.txt"));
    if (symlink)
        QVERIFY(QFile::link(other, path));
    else
        TestUtils::writeFile(QDir(dir.path()), QStringLiteral("target.txt"), "old\n");

    try {
        AtomicFileWriter writer(path);
        QFAIL("an existing target was accepted without Replace");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(symlink ? QStringLiteral("symbolic link") : QStringLiteral("already exists")),
                 qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(TareError, AtomicFileWriter::checkTarget(path, AtomicFileWriter::Existing::Refuse));

    AtomicFileWriter writer(path, AtomicFileWriter::Existing::Replace);
    writer.write("new\n");
    writer.commit();
    QCOMPARE(readAll(path), QByteArray("new\n"));
    QCOMPARE(readAll(other), QByteArray("other\n")); // a link is replaced, never written through
    QVERIFY(!QFileInfo(path).isSymLink());
}

void TestAtomicFileWriter::deviceFullIsAnIoErrorWithTheReason()
{
    AtomicFileWriter writer(QStringLiteral("/dev/full")); // a stream: no --force needed, nothing replaced
    try {
        writer.write(QByteArray(4096, 'x'));
        writer.commit();
        QFAIL("writing to /dev/full succeeded");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
        QVERIFY2(error.message().contains(QStringLiteral("No space left on device")), qPrintable(error.message()));
        QVERIFY2(error.message().startsWith(QStringLiteral("/dev/full")), qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestAtomicFileWriter::folderIsRefused()
{
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(TareError, AtomicFileWriter writer(dir.path(), AtomicFileWriter::Existing::Replace));
    QVERIFY_THROWS_EXCEPTION(TareError, AtomicFileWriter writer(dir.filePath(QStringLiteral("missing/sub/file.txt"))));
}

void TestAtomicFileWriter::targetCreatedMeanwhileIsNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("race.txt"));
    AtomicFileWriter writer(path);
    writer.write("mine\n");
    TestUtils::writeFile(QDir(dir.path()), QStringLiteral("race.txt"), "theirs\n");
    QVERIFY_THROWS_EXCEPTION(TareError, writer.commit());
    QCOMPARE(readAll(path), QByteArray("theirs\n"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("race.txt")});
}

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
