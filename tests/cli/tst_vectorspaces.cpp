// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "testutils.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

namespace {

/// JSON lines of vectors for the first `count` documents of the nuance sample (ids n-doc-…),
/// dimension `dim`, with `duplicate` repeating the first id at the end.
QByteArray vectorLines(const QStringList& ids, int dim, bool duplicate)
{
    QByteArray lines;
    auto line = [&](const QString& id, int seed) -> QByteArray {
        QByteArray values;
        for (int k = 0; k < dim; ++k)
            values += (k ? "," : "") + QByteArray::number(0.1 + 0.01 * ((seed * 7 + k * 3) % 17));
        return "{\"_id\": \"" + id.toUtf8() + "\", \"embedding\": [" + values + "]}\n";
    };
    for (int i = 0; i < ids.size(); ++i)
        lines += line(ids[i], i);
    if (duplicate)
        lines += line(ids.first(), 99);
    return lines;
}

QByteArray spaceVectors(const QString& project, const QString& spaceName)
{
    ProjectStore store(project);
    const DatasetInfo dataset = store.datasets().all().first();
    QByteArray all;
    const auto space = store.spaces().byName(dataset.id, spaceName);
    if (!space)
        return {};
    store.spaces().forEachDocumentVector(space->id, [&](const QString& id, std::span<const float> vector) {
        all += id.toUtf8() + QByteArray(reinterpret_cast<const char*>(vector.data()), qsizetype(vector.size_bytes()));
    });
    return all;
}

} // namespace

/// Importing vectors never changes a space silently: not a built-in or remote space (kinds are
/// never mixed), not an existing imported space without --update, not a space a run used; an id
/// given twice is an input error; a space that covers only part of the dataset is reported.
/// --float16 stores a space's document vectors as halves, refuses what float16 cannot hold with
/// file and line, and `info` names each space's element type.
class TestVectorSpaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInSpaceIsNeverOverwritten();
    void duplicateIdIsAnError();
    void partialCoverageIsReported();
    void existingSpaceNeedsUpdateAndNoRun();
    void float16SpaceIsNamedEverywhere();

private:
    QStringList importVectors(const QByteArray& lines, const QString& space, const QStringList& more = {});

    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_documentIds;
};

void TestVectorSpaces::initTestCase()
{
    const auto result = TestUtils::buildCliProjectIn(m_dir, QStringLiteral("p.tare"), m_project,
                                                     QStringLiteral("nuance"), 8, 3);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    ProjectStore store(m_project);
    for (const DocumentRecord& document : store.datasets().documents(store.datasets().all().first().id))
        m_documentIds.append(document.extId);
    QVERIFY(m_documentIds.size() > 100);
}

QStringList TestVectorSpaces::importVectors(const QByteArray& lines, const QString& space, const QStringList& more)
{
    const QString file = TestUtils::writeFile(QDir(m_dir.path()), QStringLiteral("v%1.jsonl").arg(qHash(lines)), lines);
    return QStringList{QStringLiteral("import"), QStringLiteral("vectors"), file, QStringLiteral("--project"), m_project,
                       QStringLiteral("--dataset"), QStringLiteral("nuance"), QStringLiteral("--space"), space}
        + more;
}

void TestVectorSpaces::builtInSpaceIsNeverOverwritten()
{
    const QByteArray before = spaceVectors(m_project, QStringLiteral("lsa"));
    QVERIFY(!before.isEmpty());
    for (const QStringList& more : {QStringList{}, QStringList{QStringLiteral("--update")}}) {
        const auto result = runCli(importVectors(vectorLines(m_documentIds.mid(0, m_documentIds.size() / 2), 8, false),
                                                 QStringLiteral("lsa"), more));
        qInfo("%s", qPrintable(result.err.trimmed()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("holds lsa vectors")), qPrintable(result.err));
    }
    QCOMPARE(spaceVectors(m_project, QStringLiteral("lsa")), before);
}

void TestVectorSpaces::duplicateIdIsAnError()
{
    const auto result = runCli(importVectors(vectorLines(m_documentIds.mid(0, 5), 4, true), QStringLiteral("dup")));
    qInfo("%s", qPrintable(result.err.trimmed()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral(":6: the id '%1' was given before, on line 1").arg(m_documentIds.first())),
             qPrintable(result.err));
    QVERIFY(spaceVectors(m_project, QStringLiteral("dup")).isEmpty()); // nothing of the import stayed
}

void TestVectorSpaces::partialCoverageIsReported()
{
    const auto result = runCli(importVectors(vectorLines(m_documentIds.mid(0, 30), 4, false), QStringLiteral("part")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Imported 30 vectors")), qPrintable(result.out));
    const QString warning = QStringLiteral("%1 of the %2 documents of dataset 'nuance' have no vector in this space")
                                .arg(m_documentIds.size() - 30)
                                .arg(m_documentIds.size());
    QVERIFY2(result.err.contains(warning), qPrintable(result.err));
}

void TestVectorSpaces::existingSpaceNeedsUpdateAndNoRun()
{
    const QByteArray first = vectorLines(m_documentIds.mid(0, 20), 4, false);
    auto result = runCli(importVectors(first, QStringLiteral("mine")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray imported = spaceVectors(m_project, QStringLiteral("mine"));

    // Again without --update: refused, the space as it was.
    const QByteArray second = vectorLines(m_documentIds.mid(10, 20), 4, false);
    result = runCli(importVectors(second, QStringLiteral("mine")));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("add --update")), qPrintable(result.err));
    QCOMPARE(spaceVectors(m_project, QStringLiteral("mine")), imported);

    // With --update: added and replaced.
    result = runCli(importVectors(second, QStringLiteral("mine"), {QStringLiteral("--update")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(spaceVectors(m_project, QStringLiteral("mine")) != imported);
    {
        ProjectStore store(m_project);
        QCOMPARE(store.spaces().byName(store.datasets().all().first().id, QStringLiteral("mine"))->documentVectorCount, qint64(30));
    }

    // Once a run used the space, even --update leaves it as the run saw it.
    result = runCli({QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("mine"), QStringLiteral("--judge"),
                     QStringLiteral("gold"), QStringLiteral("--steps"), QStringLiteral("2")});
    QVERIFY(result.exitCode == 0 || result.exitCode == 3); // queries without vectors fail; that is not the point here
    const QByteArray used = spaceVectors(m_project, QStringLiteral("mine"));
    result = runCli(importVectors(vectorLines(m_documentIds.mid(40, 5), 4, false), QStringLiteral("mine"), {QStringLiteral("--update")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("was used by run(s)")), qPrintable(result.err));
    QCOMPARE(spaceVectors(m_project, QStringLiteral("mine")), used);
}

void TestVectorSpaces::float16SpaceIsNamedEverywhere()
{
    const QByteArray lines = vectorLines(m_documentIds, 8, false);
    auto result = runCli(importVectors(lines, QStringLiteral("half"), {QStringLiteral("--float16")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runCli(importVectors(lines, QStringLiteral("full")));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    {
        ProjectStore store(m_project);
        const qint64 datasetId = store.datasets().all().first().id;
        QCOMPARE(store.spaces().byName(datasetId, QStringLiteral("half"))->elementType, ElementType::Float16);
        QCOMPARE(store.spaces().byName(datasetId, QStringLiteral("full"))->elementType, ElementType::Float32);
    }

    result = runCli({QStringLiteral("info"), m_project});
    QVERIFY2(result.out.contains(QStringLiteral("space 'half' (imported, dim 8, float16): %1 document vectors").arg(m_documentIds.size())),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("space 'full' (imported, dim 8, float32)")), qPrintable(result.out));
    result = runCli({QStringLiteral("info"), m_project, QStringLiteral("--json")});
    QVERIFY2(result.out.contains(QStringLiteral("\"element_type\": \"float16\"")), qPrintable(result.out));

    // Beyond float16's range: refused with file and line, nothing kept.
    const QByteArray tooLarge = "{\"_id\": \"" + m_documentIds.first().toUtf8() + "\", \"embedding\": [1, 2]}\n{\"_id\": \""
        + m_documentIds.last().toUtf8() + "\", \"embedding\": [1, 1e5]}\n";
    result = runCli(importVectors(tooLarge, QStringLiteral("over"), {QStringLiteral("--float16")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral(".jsonl:2: component 1 of the vector for '%1' is 100000, beyond the float16 range")
                                     .arg(m_documentIds.last())),
             qPrintable(result.err));
    QVERIFY(spaceVectors(m_project, QStringLiteral("over")).isEmpty());
}

QTEST_GUILESS_MAIN(TestVectorSpaces)
#include "tst_vectorspaces.moc"
