// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/corpussampler.h"
#include "core/io/paperdatasetconverter.h"
#include "core/io/paperdatasets.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::paperData;

namespace {

/// A BEIR folder as comparable records: every line of corpus, queries and qrels, parsed.
struct BeirRecords
{
    QStringList corpus;  ///< "id|title|text"
    QStringList queries; ///< "id|text|instruction"
    QStringList qrels;   ///< "query\tdocument\tgrade"
};

QStringList jsonLines(const QString& path, const QStringList& keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("<missing %1>").arg(path)};
    QStringList records;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QStringList fields;
        for (const QString& key : keys)
            fields.append(object.value(key).toString());
        records.append(fields.join(u'|'));
    }
    return records;
}

BeirRecords readBeir(const QString& folder, const QString& qrelsName)
{
    BeirRecords records;
    records.corpus = jsonLines(QDir(folder).filePath(QStringLiteral("corpus.jsonl")),
                               {QStringLiteral("_id"), QStringLiteral("title"), QStringLiteral("text")});
    records.queries = jsonLines(QDir(folder).filePath(QStringLiteral("queries.jsonl")),
                                {QStringLiteral("_id"), QStringLiteral("text"), QStringLiteral("instruction")});
    QFile qrels(QDir(folder).filePath(qrelsName));
    if (qrels.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : qrels.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                records.qrels.append(QString::fromUtf8(line.trimmed()));
        }
    }
    return records;
}

} // namespace

class TestPaperDatasetConverter : public QObject
{
    Q_OBJECT

private slots:
    void converts_data();
    void converts();
    void presets_data();
    void presets();
    void corpusSampleMatchesPython_data();
    void corpusSampleMatchesPython();
    void corpusCapKeepsEveryRelevantDocument();
    void badInputNamesFileAndLine_data();
    void badInputNamesFileAndLine();
    void realDataMatchesSharedBeirFolders_data();
    void realDataMatchesSharedBeirFolders();
};

void TestPaperDatasetConverter::converts_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("descriptions");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("notes");

    QTest::newRow("argkp21: kpm_data, dev then train, first label of a repeated pair")
        << QStringLiteral("argkp21") << QStringList{QStringLiteral("argkp21")} << QString()
        << QStringLiteral("argkp21/expected") << 1;
    QTest::newRow("banking77: train and test CSV, distinct texts, intents sorted as pandas groups them")
        << QStringLiteral("banking77") << QStringList{QStringLiteral("banking77/train.csv"), QStringLiteral("banking77/test.csv")}
        << QString() << QStringLiteral("banking77/expected") << 0;
    QTest::newRow("clinc150: train section, stripped descriptions with '_' read as ' ', oos left out")
        << QStringLiteral("clinc150") << QStringList{QStringLiteral("clinc150/data_full.json")}
        << QStringLiteral("clinc150/clinc150_intent_mapping.csv") << QStringLiteral("clinc150/expected") << 0;
    QTest::newRow("nfcorpus: BEIR, queries with qrels only, dangling qrels rows left out")
        << QStringLiteral("NFCorpus") << QStringList{QStringLiteral("nfcorpus")} << QString()
        << QStringLiteral("nfcorpus/expected") << 2;
    QTest::newRow("followir: two tasks in the MTEB layout, instructions kept, unjudged documents left out")
        << QStringLiteral("FollowIR")
        << QStringList{QStringLiteral("followir/core17"), QStringLiteral("followir/news21")} << QString()
        << QStringLiteral("followir/expected") << 1;
    QTest::newRow("realscholarquery: abstracts found by title, answers in the corpus only")
        << QStringLiteral("RealScholarQuery") << QStringList{QStringLiteral("realscholarquery")} << QString()
        << QStringLiteral("realscholarquery/expected") << 1;
}

void TestPaperDatasetConverter::converts()
{
    QFETCH(QString, dataset);
    QFETCH(QStringList, inputs);
    QFETCH(QString, descriptions);
    QFETCH(QString, expected);
    QFETCH(int, notes);

    PaperDatasetConverter::Options options;
    for (const QString& input : inputs) {
        options.inputs.append(paperData(input));
        QVERIFY2(!options.inputs.last().isEmpty(), qPrintable(input));
    }
    if (!descriptions.isEmpty())
        options.descriptionsPath = paperData(descriptions);
    QTemporaryDir output;
    const PaperDatasetConverter::Report report = PaperDatasetConverter::convert(dataset, options, output.path());

    const BeirRecords actual = readBeir(output.path(), QStringLiteral("qrels/test.tsv"));
    const BeirRecords wanted = readBeir(paperData(expected), QStringLiteral("qrels.tsv"));
    QCOMPARE(actual.corpus, wanted.corpus);
    QCOMPARE(actual.queries, wanted.queries);
    QCOMPARE(actual.qrels.value(0), QStringLiteral("query-id\tcorpus-id\tscore"));
    QCOMPARE(actual.qrels, wanted.qrels);
    QCOMPARE(report.documents, qint64(wanted.corpus.size()));
    QCOMPARE(report.queries, qint64(wanted.queries.size()));
    QCOMPARE(report.labels, qint64(wanted.qrels.size() - 1));
    QCOMPARE(report.notes.size(), notes);
    QCOMPARE(report.sampledOut, qint64(0));
}

void TestPaperDatasetConverter::presets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("join");
    QTest::addColumn<QString>("instruction");

    // instruction_templates.yaml and dataset_loaders.py of the paper's code, word for word.
    QTest::newRow("ArgKP-21") << QStringLiteral("ArgKP-21") << QStringLiteral("argkp21") << QStringLiteral("classification")
                              << QStringLiteral("judged") << QStringLiteral("text")
                              << QStringLiteral("Given an argument, identify utterances from debates that convey this argument.");
    QTest::newRow("KPM, the paper's first name for it")
        << QStringLiteral("KPM") << QStringLiteral("argkp21") << QStringLiteral("classification") << QStringLiteral("judged")
        << QStringLiteral("text")
        << QStringLiteral("Given an argument, identify utterances from debates that convey this argument.");
    QTest::newRow("Banking77") << QStringLiteral("banking77") << QStringLiteral("banking77")
                               << QStringLiteral("classification") << QStringLiteral("corpus") << QStringLiteral("text")
                               << QStringLiteral("Given an intent category, identify utterances that express this intent.");
    QTest::newRow("Clinc150") << QStringLiteral("Clinc150") << QStringLiteral("clinc150") << QStringLiteral("classification")
                              << QStringLiteral("corpus") << QStringLiteral("text")
                              << QStringLiteral("Given an intent description, identify utterances that express this intent.");
    QTest::newRow("NFCorpus") << QStringLiteral("NFCorpus") << QStringLiteral("nfcorpus") << QStringLiteral("search")
                              << QStringLiteral("corpus") << QStringLiteral("title-space")
                              << QStringLiteral("Given a question, retrieve relevant documents that best answer the question.");
    QTest::newRow("FollowIR") << QStringLiteral("FollowIR") << QStringLiteral("followir") << QStringLiteral("search")
                              << QStringLiteral("judged") << QStringLiteral("title-newline")
                              << QStringLiteral("Retrieve text based on a fine-grained user query.");
    QTest::newRow("RealScholarQuery")
        << QStringLiteral("RealScholarQuery") << QStringLiteral("realscholarquery") << QStringLiteral("search")
        << QStringLiteral("corpus") << QStringLiteral("text")
        << QStringLiteral("Given a fine-grained scientific inquiry, retrieve academic publications that strictly align "
                          "with the specified research topic, methodology, and constraints.");
}

void TestPaperDatasetConverter::presets()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(QString, taskType);
    QFETCH(QString, pool);
    QFETCH(QString, join);
    QFETCH(QString, instruction);
    const std::optional<PaperDatasetPreset> preset = PaperDatasets::find(name);
    QVERIFY(preset);
    QCOMPARE(preset->key, key);
    QCOMPARE(taskTypeName(preset->taskType), taskType);
    QCOMPARE(poolRuleName(preset->pool), pool);
    QCOMPARE(documentJoinName(preset->documentJoin), join);
    QCOMPARE(preset->instruction, instruction);
    QCOMPARE(preset->corpusLimit, key == u"realscholarquery" ? qint64(25000) : qint64(0));
    QVERIFY(!PaperDatasets::find(QStringLiteral("msmarco")));
}

void TestPaperDatasetConverter::corpusSampleMatchesPython_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("relevant");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("seed");
    QTest::addColumn<QStringList>("sampled");

    // Expected values from CPython 3.11: random.Random(seed).sample(sorted(others), limit - len(relevant)).
    QStringList hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QStringLiteral("d%1").arg(i, 3, 10, QLatin1Char('0')));
    QTest::newRow("100 ids, 3 relevant, limit 30, seed 42 (pool sampling)")
        << hundred << QStringList{QStringLiteral("d005"), QStringLiteral("d050"), QStringLiteral("d099")} << qint64(30)
        << qint64(42)
        << QStringLiteral("d003 d004 d012 d014 d015 d018 d026 d028 d029 d030 d032 d036 d055 d056 d059 d066 d071 d073 d077 "
                          "d079 d083 d084 d088 d089 d090 d093 d096")
               .split(u' ');
    QStringList fiveThousand;
    for (int i = 0; i < 5000; ++i)
        fiveThousand.append(QStringLiteral("p%1").arg(i, 5, 10, QLatin1Char('0')));
    QTest::newRow("5000 ids, 2 relevant, limit 12, seed 42 (set sampling)")
        << fiveThousand << QStringList{QStringLiteral("p00001"), QStringLiteral("p04999")} << qint64(12) << qint64(42)
        << QStringLiteral("p00913 p00205 p02254 p02007 p01829 p01144 p00840 p04468 p00713 p04838").split(u' ');
    QTest::newRow("limit not below the corpus: everything")
        << QStringList{QStringLiteral("b"), QStringLiteral("a")} << QStringList() << qint64(2) << qint64(42)
        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
}

void TestPaperDatasetConverter::corpusSampleMatchesPython()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, relevant);
    QFETCH(qint64, limit);
    QFETCH(qint64, seed);
    QFETCH(QStringList, sampled);

    QList<QByteArray> idBytes;
    for (const QString& id : ids)
        idBytes.append(id.toUtf8());
    QSet<QByteArray> relevantBytes;
    for (const QString& id : relevant)
        relevantBytes.insert(id.toUtf8());
    const QSet<QByteArray> kept = CorpusSampler::select(idBytes, relevantBytes, limit, seed);
    QSet<QByteArray> wanted = relevantBytes;
    for (const QString& id : sampled)
        wanted.insert(id.toUtf8());
    QCOMPARE(kept.size(), qsizetype(std::min<qint64>(limit, ids.size())));
    QCOMPARE(kept, wanted);
}

void TestPaperDatasetConverter::corpusCapKeepsEveryRelevantDocument()
{
    PaperDatasetConverter::Options options;
    options.inputs = {paperData(QStringLiteral("realscholarquery"))};
    options.corpusLimit = 3;
    QTemporaryDir output;
    const PaperDatasetConverter::Report report = PaperDatasetConverter::convert(QStringLiteral("realscholarquery"), options,
                                                                                output.path());
    QCOMPARE(report.documents, qint64(3));
    QCOMPARE(report.sampledOut, qint64(1));
    const BeirRecords records = readBeir(output.path(), QStringLiteral("qrels/test.tsv"));
    QStringList ids;
    for (const QString& record : records.corpus)
        ids.append(record.section(u'|', 0, 0));
    QCOMPARE(ids, (QStringList{QStringLiteral("2004.05150"), QStringLiteral("2007.14062"), QStringLiteral("2205.14217")}));

    // Below the number of relevant documents: refused, nothing written.
    options.corpusLimit = 2;
    QTemporaryDir refused;
    const QString target = QDir(refused.path()).filePath(QStringLiteral("out"));
    try {
        PaperDatasetConverter::convert(QStringLiteral("realscholarquery"), options, target);
        QFAIL("a limit below the relevant documents was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY2(error.message().contains(QLatin1String("3")), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(QDir(target).filePath(QStringLiteral("corpus.jsonl"))));
}

void TestPaperDatasetConverter::badInputNamesFileAndLine_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("argkp21: a label names an unknown argument")
        << QStringLiteral("argkp21") << QStringLiteral("labels_dev.csv")
        << QByteArray("arg_id,key_point_id,label\narg_4_0,kp_4_0,1\narg_9_9,kp_4_0,1\n")
        << QStringLiteral("labels_dev.csv:3: no argument 'arg_9_9'");
    QTest::newRow("argkp21: a label that is not a number") << QStringLiteral("argkp21") << QStringLiteral("labels_dev.csv")
                                                           << QByteArray("arg_id,key_point_id,label\narg_4_0,kp_4_0,yes\n")
                                                           << QStringLiteral("labels_dev.csv:2: column 'label'");
    QTest::newRow("banking77: no text column") << QStringLiteral("banking77") << QStringLiteral("train.csv")
                                               << QByteArray("utterance,category\nhello,greeting\n")
                                               << QStringLiteral("train.csv:1: no column named 'text'");
    QTest::newRow("banking77: malformed JSON lines") << QStringLiteral("banking77") << QStringLiteral("train.jsonl")
                                                     << QByteArray("{\"text\": \"a\", \"label_text\": \"x\"}\n{\"text\": \n")
                                                     << QStringLiteral("train.jsonl:2");
    QTest::newRow("clinc150: no train section") << QStringLiteral("clinc150") << QStringLiteral("data_full.json")
                                                << QByteArray("{\"val\": []}") << QStringLiteral("no section \"train\"");
}

void TestPaperDatasetConverter::badInputNamesFileAndLine()
{
    QFETCH(QString, dataset);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedMessage);

    QTemporaryDir input;
    // ArgKP-21 needs the other five files: copy the good fixture, then break one file.
    if (dataset == u"argkp21") {
        const QDir source(paperData(QStringLiteral("argkp21/kpm_data")));
        for (const QString& name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), QDir(input.path()).filePath(name)));
        QFile::remove(QDir(input.path()).filePath(file));
    }
    QFile broken(QDir(input.path()).filePath(file));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(content);
    broken.close();

    PaperDatasetConverter::Options options;
    options.inputs = {dataset == u"argkp21" ? input.path() : broken.fileName()};
    QTemporaryDir output;
    const QString target = QDir(output.path()).filePath(QStringLiteral("beir"));
    try {
        PaperDatasetConverter::convert(dataset, options, target);
        QFAIL("bad input was converted");
    } catch (const TareError& error) {
        QVERIFY2(error.message().contains(expectedMessage), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(QDir(target).filePath(QStringLiteral("corpus.jsonl"))));
}

void TestPaperDatasetConverter::realDataMatchesSharedBeirFolders_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QStringList>("inputs");

    // ../shared/data holds both the originals and BEIR folders built the way the paper's loader builds them.
    const QString data = QString::fromUtf8(TARE_SHARED_DIR) + QStringLiteral("/data/");
    QTest::newRow("banking77 from PolyAI's train.csv and test.csv")
        << QStringLiteral("banking77")
        << QStringList{data + QStringLiteral("banking77/original/train.csv"), data + QStringLiteral("banking77/original/test.csv")};
    QTest::newRow("argkp21 from the KPA 2021 kpm_data files")
        << QStringLiteral("argkp21") << QStringList{data + QStringLiteral("argkp21/original")};
}

void TestPaperDatasetConverter::realDataMatchesSharedBeirFolders()
{
    QFETCH(QString, dataset);
    QFETCH(QStringList, inputs);
    if (!QFile::exists(inputs.first()))
        QSKIP("../shared/data is not beside the checkout; the real-data conversion is not checked");
    PaperDatasetConverter::Options options;
    options.inputs = inputs;
    QTemporaryDir output;
    PaperDatasetConverter::convert(dataset, options, output.path());
    const BeirRecords actual = readBeir(output.path(), QStringLiteral("qrels/test.tsv"));
    const BeirRecords shared =
        readBeir(QString::fromUtf8(TARE_SHARED_DIR) + QStringLiteral("/data/") + dataset, QStringLiteral("qrels/test.tsv"));
    QCOMPARE(actual.corpus.size(), shared.corpus.size());
    QCOMPARE(actual.corpus, shared.corpus);
    QCOMPARE(actual.queries, shared.queries);
    QCOMPARE(actual.qrels, shared.qrels);
}

QTEST_GUILESS_MAIN(TestPaperDatasetConverter)
#include "tst_paperdatasetconverter.moc"
