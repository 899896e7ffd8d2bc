// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/newprojectfile.h"
#include "core/db/projectstore.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace tare;

namespace {

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

void fill(const QString& path, const QString& datasetName)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    DatasetInfo info;
    info.name = datasetName;
    store.datasets().create(info);
}

} // namespace

class TestNewProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedWhole();
    void abandonedLeavesNothing();
    void neverReplacesAProjectThatAppeared();
    void danglingLinkIsFollowedAndKept();
};

void TestNewProjectFile::publishedWhole()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("p.tare"));
    {
        NewProjectFile pending(target);
        QVERIFY(QFileInfo(pending.temporaryPath()).fileName().startsWith(QStringLiteral(".p.tare.tare-new-")));
        QCOMPARE(QFileInfo(pending.temporaryPath()).absolutePath(), QFileInfo(target).absolutePath());
        fill(pending.temporaryPath(), QStringLiteral("d"));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(pending.publish());
    }
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.tare")}); // no -wal, -shm or temporary file
    ProjectStore store(target);
    QCOMPARE(store.datasets().all().size(), qsizetype(1));
}

void TestNewProjectFile::abandonedLeavesNothing()
{
    QTemporaryDir dir;
    {
        NewProjectFile pending(dir.filePath(QStringLiteral("p.tare")));
        fill(pending.temporaryPath(), QStringLiteral("d"));
        ProjectStore stillOpen(pending.temporaryPath()); // -wal and -shm exist while it is open
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestNewProjectFile::neverReplacesAProjectThatAppeared()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("p.tare"));
    NewProjectFile pending(target);
    fill(pending.temporaryPath(), QStringLiteral("mine"));
    fill(target, QStringLiteral("theirs")); // another process was first
    QVERIFY(!pending.publish());
    QCOMPARE(entries(dir.path()).filter(QStringLiteral("tare-new")), QStringList());
    ProjectStore store(target);
    QCOMPARE(store.datasets().all().first().name, QStringLiteral("theirs"));
}

void TestNewProjectFile::danglingLinkIsFollowedAndKept()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.tare"));
    const QString link = dir.filePath(QStringLiteral("link.tare"));
    QVERIFY(QFile::link(real, link));
    {
        NewProjectFile abandoned(link);
        fill(abandoned.temporaryPath(), QStringLiteral("d"));
    }
    QVERIFY(QFileInfo(link).isSymLink()); // a failed import never removes the link
    NewProjectFile pending(link);
    QCOMPARE(pending.finalPath(), real);
    fill(pending.temporaryPath(), QStringLiteral("d"));
    QVERIFY(pending.publish());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(real).isFile());
}

QTEST_GUILESS_MAIN(TestNewProjectFile)
#include "tst_newprojectfile.moc"
