// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/embeddingtemplatetable.h"
#include "core/util/tareerror.h"

#include <QTest>

using namespace tare;

namespace {

/// An entry of the project's own (no note, not shipped) for `model`, its documents written as they
/// are ("{text}").
EmbeddingTemplateEntry projectEntry(const QString& model, const QString& queryTemplate)
{
    return {model, queryTemplate, QStringLiteral("{text}"), QString(), false};
}

} // namespace

class TestEmbeddingTemplateTable : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void projectEntriesComeFirstAndRoundTrip();
    void rejectsTemplatesWithoutText();
};

void TestEmbeddingTemplateTable::lookup_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("queryTemplate");
    QTest::addColumn<QString>("documentTemplate");

    const QString instruct = QStringLiteral("Instruct: {instruction}\nQuery: {text}");
    const QString text = QStringLiteral("{text}");
    QTest::newRow("the paper's embedder") << QStringLiteral("Qwen/Qwen3-Embedding-0.6B") << instruct << text;
    QTest::newRow("Qwen3 as Ollama names it") << QStringLiteral("qwen3-embedding:0.6b") << instruct << text;
    QTest::newRow("e5-mistral is instruct, not query:/passage:") << QStringLiteral("intfloat/e5-mistral-7b-instruct")
                                                                << instruct << text;
    QTest::newRow("e5 v2") << QStringLiteral("intfloat/e5-base-v2") << QStringLiteral("query: {text}")
                           << QStringLiteral("passage: {text}");
    QTest::newRow("bge v1.5") << QStringLiteral("BAAI/bge-small-en-v1.5")
                              << QStringLiteral("Represent this sentence for searching relevant passages: {text}") << text;
    QTest::newRow("nomic, any case") << QStringLiteral("NOMIC-EMBED-TEXT:latest") << QStringLiteral("search_query: {text}")
                                     << QStringLiteral("search_document: {text}");
    QTest::newRow("OpenAI") << QStringLiteral("text-embedding-3-small") << text << text;
    QTest::newRow("an unknown model gets the paper's default") << QStringLiteral("acme/embedder-9000") << instruct << text;
    QTest::newRow("a glob must match the whole name") << QStringLiteral("my-text-embedding-3-small-copy") << instruct << text;
}

void TestEmbeddingTemplateTable::lookup()
{
    QFETCH(QString, model);
    QFETCH(QString, queryTemplate);
    QFETCH(QString, documentTemplate);
    const EmbeddingTemplateEntry entry = EmbeddingTemplateTable().lookup(model);
    QCOMPARE(entry.queryTemplate, queryTemplate);
    QCOMPARE(entry.documentTemplate, documentTemplate);
    QVERIFY(entry.shipped);
    QVERIFY(!entry.note.isEmpty());
}

void TestEmbeddingTemplateTable::projectEntriesComeFirstAndRoundTrip()
{
    EmbeddingTemplateTable table;
    EmbeddingTemplateEntry entry = projectEntry(QStringLiteral("Qwen/*"), QStringLiteral("Task: {instruction}\n\n{text}"));
    table.set(entry);
    QCOMPARE(table.lookup(QStringLiteral("Qwen/Qwen3-Embedding-8B")).queryTemplate, entry.queryTemplate);
    QVERIFY(!table.lookup(QStringLiteral("Qwen/Qwen3-Embedding-8B")).shipped);

    entry.queryTemplate = QStringLiteral("{instruction} {text}");
    table.set(entry); // the same pattern replaces, it does not add
    QCOMPARE(table.projectEntries().size(), 1);

    const EmbeddingTemplateTable restored = EmbeddingTemplateTable::fromJson(table.toJson());
    QCOMPARE(restored.projectEntries().size(), 1);
    QCOMPARE(restored.lookup(QStringLiteral("Qwen/Qwen3-Embedding-8B")).queryTemplate, QStringLiteral("{instruction} {text}"));
    QCOMPARE(restored.entries().size(), 1 + EmbeddingTemplateTable::shippedEntries().size());

    EmbeddingTemplateTable edited = restored;
    QVERIFY(edited.remove(QStringLiteral("qwen/*")));
    QVERIFY(!edited.remove(QStringLiteral("qwen/*")));
    QCOMPARE(edited.lookup(QStringLiteral("Qwen/Qwen3-Embedding-8B")).queryTemplate,
             QStringLiteral("Instruct: {instruction}\nQuery: {text}"));
}

void TestEmbeddingTemplateTable::rejectsTemplatesWithoutText()
{
    EmbeddingTemplateTable table;
    QVERIFY_THROWS_EXCEPTION(TareError, table.set(projectEntry(QStringLiteral("x"), QStringLiteral("Instruct: {instruction}"))));
    QVERIFY_THROWS_EXCEPTION(TareError, EmbeddingTemplateTable::fromJson("{\"entries\": [{\"model\": \"x\"}]}"));
    QVERIFY_THROWS_EXCEPTION(TareError, EmbeddingTemplateTable::fromJson("{not json"));
    QCOMPARE(EmbeddingTemplateTable::fromJson({}).projectEntries().size(), 0);
}

QTEST_GUILESS_MAIN(TestEmbeddingTemplateTable)
#include "tst_embeddingtemplatetable.moc"
