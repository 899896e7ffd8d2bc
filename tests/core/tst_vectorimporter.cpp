// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"
#include "core/io/npyfile.h"
#include "core/io/projectexporter.h"
#include "core/io/qrelsimporter.h"
#include "core/io/vectorimporter.h"
#include "core/util/float16.h"
#include "testutils.h"

#include <QFloat16>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <limits>

using namespace tare;

namespace {

/// Builds an .npy file the way numpy.save does, for any version, dtype and order.
QByteArray npyBytes(int version, const QByteArray& descr, bool fortran, const QByteArray& shape, const QByteArray& payload)
{
    QByteArray header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': ("
        + shape + "), }";
    const int prefix = version == 1 ? 10 : 12;
    header += QByteArray((64 - (prefix + header.size() + 1) % 64) % 64, ' ');
    header += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(version);
    out += char(0);
    if (version == 1) {
        char length[2];
        qToLittleEndian<quint16>(quint16(header.size()), length);
        out.append(length, 2);
    } else {
        char length[4];
        qToLittleEndian<quint32>(quint32(header.size()), length);
        out.append(length, 4);
    }
    return out + header + payload;
}

QByteArray floats(const std::vector<float>& values)
{
    return QByteArray(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(float)));
}

QByteArray halves(const std::vector<float>& values)
{
    QByteArray out;
    for (float value : values) {
        const qfloat16 half(value);
        out.append(reinterpret_cast<const char*>(&half), 2);
    }
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;

    Fixture()
    {
        const QDir d(dir.path());
        TestUtils::writeFile(d, QStringLiteral("set/corpus.jsonl"),
                             "{\"_id\": \"a\", \"text\": \"x\"}\n{\"_id\": \"b\", \"text\": \"y\"}\n{\"_id\": \"c\", \"text\": \"z\"}\n");
        TestUtils::writeFile(d, QStringLiteral("set/queries.jsonl"), "{\"_id\": \"q\", \"text\": \"x\"}\n");
        TestUtils::writeFile(d, QStringLiteral("set/qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq\ta\t1\n");
        store = std::make_unique<ProjectStore>(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
        BeirImporter::run(*store, dir.filePath(QStringLiteral("set")), {});
    }

    QString file(const QString& name, const QByteArray& content) { return TestUtils::writeFile(QDir(dir.path()), name, content); }

    VectorImporter::Options options(const QString& ids = {})
    {
        VectorImporter::Options options;
        options.common.datasetName = QStringLiteral("set");
        options.spaceName = QStringLiteral("vec");
        options.idsPath = ids;
        return options;
    }

    qint64 vectorCount()
    {
        const auto space = store->spaces().byName(store->datasets().byName(QStringLiteral("set"))->id, QStringLiteral("vec"));
        return space ? space->documentVectorCount : 0;
    }
};

} // namespace

class TestVectorImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void npyVersionsAndTypes_data();
    void npyVersionsAndTypes();
    void jsonLines();
    void badInput_data();
    void badInput();
    void exportRoundTrip();
    void float16Space();
    void float16RefusesWhatItCannotHold();
    void trecQrels();
    void trecQrelsErrors();
};

void TestVectorImporter::npyVersionsAndTypes_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("half");
    QTest::newRow("v1 float32") << 1 << false;
    QTest::newRow("v2 float32") << 2 << false;
    QTest::newRow("v3 float32") << 3 << false;
    QTest::newRow("v1 float16") << 1 << true;
}

void TestVectorImporter::npyVersionsAndTypes()
{
    QFETCH(int, version);
    QFETCH(bool, half);
    Fixture fixture;
    const std::vector<float> values{0.5f, -1.0f, 2.0f, 0.25f, 3.0f, -0.125f};
    const QString npy = fixture.file(QStringLiteral("v.npy"), npyBytes(version, half ? "<f2" : "<f4", false, "3, 2",
                                                                       half ? halves(values) : floats(values)));
    const QString ids = fixture.file(QStringLiteral("ids.txt"), "c\nb\na\n");
    const ImportReport report = VectorImporter::run(*fixture.store, npy, fixture.options(ids));
    QCOMPARE(report.vectors, 3);
    // Rows map to ids by position: "a" got the third row.
    QMap<QString, std::vector<float>> stored;
    fixture.store->spaces().forEachDocumentVector(report.spaceId, [&](const QString& id, std::span<const float> v) {
        stored.insert(id, std::vector<float>(v.begin(), v.end()));
    });
    QCOMPARE(stored.value(QStringLiteral("a")), (std::vector<float>{3.0f, -0.125f}));
    QCOMPARE(stored.value(QStringLiteral("c")), (std::vector<float>{0.5f, -1.0f}));
}

void TestVectorImporter::jsonLines()
{
    Fixture fixture;
    const QString path = fixture.file(QStringLiteral("v.jsonl"), "{\"_id\": \"a\", \"embedding\": [1, 2.5]}\n"
                                                                 "{\"_id\": \"b\", \"embedding\": [-1e-3, 0]}\n");
    const ImportReport report = VectorImporter::run(*fixture.store, path, fixture.options());
    QCOMPARE(report.vectors, 2);
    QCOMPARE(fixture.vectorCount(), 2);
}

void TestVectorImporter::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("ids");
    QTest::addColumn<QString>("expected");
    const QByteArray six = floats({1, 2, 3, 4, 5, 6});
    QTest::newRow("float64 dtype") << QStringLiteral("v.npy") << npyBytes(1, "<f8", false, "3, 1", six) << QByteArray("a\nb\nc\n")
                                   << QStringLiteral("unsupported dtype '<f8'");
    QTest::newRow("big-endian") << QStringLiteral("v.npy") << npyBytes(1, ">f4", false, "3, 2", six) << QByteArray("a\nb\nc\n")
                                << QStringLiteral("unsupported dtype '>f4'");
    QTest::newRow("fortran order") << QStringLiteral("v.npy") << npyBytes(1, "<f4", true, "3, 2", six) << QByteArray("a\nb\nc\n")
                                   << QStringLiteral("Fortran-ordered arrays are not supported");
    QTest::newRow("1-D array") << QStringLiteral("v.npy") << npyBytes(1, "<f4", false, "6,", six) << QByteArray("a\n")
                               << QStringLiteral("expected a 2-D array");
    QTest::newRow("truncated data") << QStringLiteral("v.npy") << npyBytes(1, "<f4", false, "3, 2", six.left(20))
                                    << QByteArray("a\nb\nc\n") << QStringLiteral("header promises");
    // Found with fuzz_npy (UBSan: signed overflow of rows x row bytes).
    QTest::newRow("absurd row count") << QStringLiteral("v.npy")
                                      << npyBytes(1, "<f4", false, "9223372036854775807, 65536", six)
                                      << QByteArray("a\nb\nc\n") << QStringLiteral("header promises 9223372036854775807 rows");
    QTest::newRow("not npy") << QStringLiteral("v.npy") << QByteArray("PK\x03\x04 zip") << QByteArray("a\n")
                             << QStringLiteral("bad magic");
    QTest::newRow("empty npy") << QStringLiteral("v.npy") << QByteArray() << QByteArray("a\n") << QStringLiteral("the file is empty");
    QTest::newRow("too few ids") << QStringLiteral("v.npy") << npyBytes(1, "<f4", false, "3, 2", six) << QByteArray("a\nb\n")
                                 << QStringLiteral("ids.txt:3: the id list has 2 lines but the array has 3 rows");
    QTest::newRow("unknown id") << QStringLiteral("v.npy") << npyBytes(1, "<f4", false, "3, 2", six) << QByteArray("a\nzz\nc\n")
                                << QStringLiteral("ids.txt:2: unknown document id 'zz'");
    const float nan = std::numeric_limits<float>::quiet_NaN();
    QTest::newRow("NaN") << QStringLiteral("v.npy") << npyBytes(1, "<f4", false, "3, 2", floats({1, 2, 3, nan, 5, 6}))
                         << QByteArray("a\nb\nc\n") << QStringLiteral("ids.txt:2: component 1 of the vector for 'b' is not finite");
    QTest::newRow("jsonl wrong dimension") << QStringLiteral("v.jsonl")
                                           << QByteArray("{\"_id\": \"a\", \"embedding\": [1, 2]}\n{\"_id\": \"b\", \"embedding\": [1, 2, 3]}\n")
                                           << QByteArray() << QStringLiteral("v.jsonl:2: vector of dimension 3, but the space 'vec' has dimension 2");
    QTest::newRow("jsonl infinity") << QStringLiteral("v.jsonl") << QByteArray("{\"_id\": \"a\", \"embedding\": [1, 1e39]}\n")
                                    << QByteArray() << QStringLiteral("v.jsonl:1: component 1 of the vector for 'a' is not finite");
    QTest::newRow("jsonl not numbers") << QStringLiteral("v.jsonl") << QByteArray("{\"_id\": \"a\", \"embedding\": [1, \"x\"]}\n")
                                       << QByteArray() << QStringLiteral("v.jsonl:1: component 1 of \"embedding\" is not a number");
}

void TestVectorImporter::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, ids);
    QFETCH(QString, expected);
    Fixture fixture;
    const QString path = fixture.file(fileName, content);
    const QString idsPath = ids.isEmpty() ? QString() : fixture.file(QStringLiteral("ids.txt"), ids);
    try {
        VectorImporter::run(*fixture.store, path, fixture.options(idsPath));
        QFAIL("the import must fail");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    QCOMPARE(fixture.vectorCount(), 0);
    QVERIFY(fixture.store->spaces().all(fixture.store->datasets().byName(QStringLiteral("set"))->id).isEmpty());
}

void TestVectorImporter::exportRoundTrip()
{
    Fixture fixture;
    const std::vector<float> values{0.5f, -1.0f, 2.0f, 0.25f, 3.0f, -0.125f};
    const QString npy = fixture.file(QStringLiteral("v.npy"), npyBytes(1, "<f4", false, "3, 2", floats(values)));
    const QString ids = fixture.file(QStringLiteral("ids.txt"), "a\nb\nc\n");
    const ImportReport report = VectorImporter::run(*fixture.store, npy, fixture.options(ids));
    const QString outNpy = fixture.dir.filePath(QStringLiteral("out.npy"));
    const QString outIds = fixture.dir.filePath(QStringLiteral("out.ids.txt"));
    QCOMPARE(ProjectExporter::writeVectors(*fixture.store, report.spaceId, outNpy, outIds), 3);
    NpyReader reader(outNpy);
    QCOMPARE(reader.rows(), 3);
    QCOMPARE(reader.columns(), 2);
    std::vector<float> row, all;
    while (reader.nextRow(row))
        all.insert(all.end(), row.begin(), row.end());
    QCOMPARE(all, values);
    QFile idFile(outIds);
    QVERIFY(idFile.open(QIODevice::ReadOnly));
    QCOMPARE(idFile.readAll(), QByteArray("a\nb\nc\n"));
}

void TestVectorImporter::float16Space()
{
    // Imported as float16: the space says so, stores dim × 2 bytes a row (rounded to nearest even)
    // and exports float32 values, the halves' exact widening.
    Fixture fixture;
    const std::vector<float> values{0.5f, -1.0f, 0.1f, 1.0f / 3.0f, 3.0f, -65504.0f};
    const QString npy = fixture.file(QStringLiteral("v.npy"), npyBytes(1, "<f4", false, "3, 2", floats(values)));
    const QString ids = fixture.file(QStringLiteral("ids.txt"), "a\nb\nc\n");
    auto options = fixture.options(ids);
    options.elementType = ElementType::Float16;
    const ImportReport report = VectorImporter::run(*fixture.store, npy, options);
    QCOMPARE(report.vectors, 3);
    const auto space = fixture.store->spaces().find(report.spaceId);
    QCOMPARE(space->elementType, ElementType::Float16);
    QCOMPARE(space->rowBytes(), qint64(4));
    std::vector<qint64> documentIds;
    const std::vector<quint16> stored = fixture.store->spaces().documentHalves(report.spaceId, documentIds);
    QCOMPARE(stored.size(), size_t(6));
    QCOMPARE(documentIds.size(), size_t(3));
    std::vector<float> rounded(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        QCOMPARE(stored[i], Float16::fromFloat(values[i]));
        rounded[i] = Float16::toFloat(stored[i]);
    }
    QVERIFY(rounded[2] != values[2]); // 0.1 is not a half: it was rounded
    QVERIFY(std::abs(rounded[2] - values[2]) <= values[2] / 2048);
    // The float32 matrix of a float16 space is the widening.
    const RowMatrixXf widened = fixture.store->spaces().documentMatrix(report.spaceId, documentIds);
    QCOMPARE(std::vector<float>(widened.data(), widened.data() + widened.size()), rounded);
    const QString outNpy = fixture.dir.filePath(QStringLiteral("out.npy"));
    QCOMPARE(ProjectExporter::writeVectors(*fixture.store, report.spaceId, outNpy, fixture.dir.filePath(QStringLiteral("out.ids"))), 3);
    NpyReader reader(outNpy);
    std::vector<float> row, all;
    while (reader.nextRow(row))
        all.insert(all.end(), row.begin(), row.end());
    QCOMPARE(all, rounded);

    // Adding to it keeps float16; asking for float32 there is refused.
    const QString more = fixture.file(QStringLiteral("more.jsonl"), "{\"_id\": \"a\", \"embedding\": [0.1, 0.2]}\n");
    auto update = fixture.options();
    update.update = true;
    QCOMPARE(VectorImporter::run(*fixture.store, more, update).vectors, 1);
    QCOMPARE(fixture.store->spaces().documentHalves(report.spaceId, documentIds)[1], Float16::fromFloat(0.2f));
    update.elementType = ElementType::Float32;
    QVERIFY_THROWS_EXCEPTION(TareError, VectorImporter::run(*fixture.store, more, update));
}

void TestVectorImporter::float16RefusesWhatItCannotHold()
{
    // A component float16 cannot hold is refused with file, row and reason, not turned into Inf;
    // nothing of the file is kept.
    Fixture fixture;
    const QString npy = fixture.file(QStringLiteral("v.npy"), npyBytes(1, "<f4", false, "3, 2", floats({1, 2, 3, 70000, 5, 6})));
    const QString ids = fixture.file(QStringLiteral("ids.txt"), "a\nb\nc\n");
    auto options = fixture.options(ids);
    options.elementType = ElementType::Float16;
    try {
        VectorImporter::run(*fixture.store, npy, options);
        QFAIL("the import must fail");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY2(error.message().contains(QStringLiteral("ids.txt:2: component 1 of the vector for 'b' is 70000, beyond the "
                                                         "float16 range (±65504)")),
                 qPrintable(error.message()));
    }
    QCOMPARE(fixture.vectorCount(), 0);
    // The same file is fine as float32.
    QCOMPARE(VectorImporter::run(*fixture.store, npy, fixture.options(ids)).vectors, 3);
}

void TestVectorImporter::trecQrels()
{
    Fixture fixture;
    const QString path = fixture.file(QStringLiteral("extra.qrels"), "# comment\nq 0 b 2\nq\t0\tc\t-1\n");
    ImportOptions options;
    options.datasetName = QStringLiteral("set");
    const ImportReport report = QrelsImporter::run(*fixture.store, path, options);
    QCOMPARE(report.labels, 2);
    QCOMPARE(report.positiveLabels, 1);
    const QString out = fixture.dir.filePath(QStringLiteral("out.qrels"));
    QCOMPARE(ProjectExporter::writeQrels(*fixture.store, fixture.store->datasets().byName(QStringLiteral("set"))->id, out), 3);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("q 0 a 1\nq 0 b 2\nq 0 c -1\n"));
}

void TestVectorImporter::trecQrelsErrors()
{
    Fixture fixture;
    const QString path = fixture.file(QStringLiteral("bad.qrels"), "q 0 b 1\nq 0 c\n");
    ImportOptions options;
    options.datasetName = QStringLiteral("set");
    try {
        QrelsImporter::run(*fixture.store, path, options);
        QFAIL("must fail");
    } catch (const TareError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("bad.qrels:2: expected 4 fields")), qPrintable(error.message()));
    }
    QCOMPARE(fixture.store->datasets().byName(QStringLiteral("set"))->labelCount, 1); // only the BEIR label
}

QTEST_GUILESS_MAIN(TestVectorImporter)
#include "tst_vectorimporter.moc"
