// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointpresets.h"
#include "core/util/tareerror.h"

#include <QTest>

using namespace tare;

class TestEndpointPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets_data();
    void presets();
    void explicitValuesWin();
    void emptyNameChangesNothing();
    void unknownNameIsUsageError();
};

void TestEndpointPresets::presets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("keyVariable");
    QTest::newRow("openai") << QStringLiteral("openai") << QStringLiteral("https://api.openai.com/v1")
                            << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("ollama") << QStringLiteral("ollama") << QStringLiteral("http://localhost:11434/v1") << QString();
    QTest::newRow("vllm") << QStringLiteral("vllm") << QStringLiteral("http://localhost:8000/v1") << QString();
    QTest::newRow("llamacpp") << QStringLiteral("llamacpp") << QStringLiteral("http://localhost:8080/v1") << QString();
    QTest::newRow("llama.cpp alias") << QStringLiteral("llama.cpp") << QStringLiteral("http://localhost:8080/v1") << QString();
    QTest::newRow("litellm") << QStringLiteral("litellm") << QStringLiteral("http://localhost:4000") << QString();
    QTest::newRow("tei") << QStringLiteral("tei") << QStringLiteral("http://localhost:8080") << QString();
    QTest::newRow("case-insensitive") << QStringLiteral("Ollama") << QStringLiteral("http://localhost:11434/v1") << QString();
}

void TestEndpointPresets::presets()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, keyVariable);
    const auto preset = EndpointPresets::find(name);
    QVERIFY(preset);
    QCOMPARE(preset->baseUrl, url);
    QCOMPARE(preset->apiKeyEnv, keyVariable);
    QString baseUrl;
    QString apiKeyEnv;
    EndpointPresets::apply(name, baseUrl, apiKeyEnv);
    QCOMPARE(baseUrl, url);
    QCOMPARE(apiKeyEnv, keyVariable);
    QVERIFY(EndpointPresets::names().contains(preset->name));
}

void TestEndpointPresets::explicitValuesWin()
{
    QString baseUrl = QStringLiteral("https://proxy.example/v1");
    QString apiKeyEnv = QStringLiteral("MY_KEY");
    EndpointPresets::apply(QStringLiteral("openai"), baseUrl, apiKeyEnv);
    QCOMPARE(baseUrl, QStringLiteral("https://proxy.example/v1"));
    QCOMPARE(apiKeyEnv, QStringLiteral("MY_KEY"));

    QString onlyUrl = QStringLiteral("https://other.example/v1");
    QString noKey;
    EndpointPresets::apply(QStringLiteral("openai"), onlyUrl, noKey);
    QCOMPARE(onlyUrl, QStringLiteral("https://other.example/v1"));
    QCOMPARE(noKey, QStringLiteral("OPENAI_API_KEY"));
}

void TestEndpointPresets::emptyNameChangesNothing()
{
    QString baseUrl;
    QString apiKeyEnv;
    EndpointPresets::apply(QString(), baseUrl, apiKeyEnv);
    QVERIFY(baseUrl.isEmpty());
    QVERIFY(apiKeyEnv.isEmpty());
}

void TestEndpointPresets::unknownNameIsUsageError()
{
    QString baseUrl;
    QString apiKeyEnv;
    try {
        EndpointPresets::apply(QStringLiteral("skynet"), baseUrl, apiKeyEnv);
        QFAIL("no exception");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        QVERIFY(error.message().contains(QStringLiteral("ollama")));
    }
    QVERIFY(!EndpointPresets::find(QStringLiteral("skynet")));
}

QTEST_GUILESS_MAIN(TestEndpointPresets)
#include "tst_endpointpresets.moc"
