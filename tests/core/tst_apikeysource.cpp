// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/apikey.h"
#include "core/net/keychain.h"
#include "core/util/tareerror.h"

#include <QTest>

using namespace tare;

/// Key sources (env:VAR, VAR, keychain:NAME): their forms, masking, and the keychain's error when
/// no Secret Service answers (the normal case on a build machine): clear, and without the key or
/// a name that looks like one. The round trip through a real keyring is in tst_judgecli.
class TestApiKeySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kinds_data();
    void kinds();
    void invalidSourcesAreNotEchoed_data();
    void invalidSourcesAreNotEchoed();
    void environmentSource();
    void masked();
    void keychainWithoutSecretService();
};

void TestApiKeySource::initTestCase()
{
    // No session bus at all, as on a headless build machine; set before the keychain is first used.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tare-test-bus");
    qunsetenv("DISPLAY");
}

void TestApiKeySource::kinds_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString() << int(ApiKey::SourceKind::None) << QString();
    QTest::newRow("bare variable") << QStringLiteral("OPENAI_API_KEY") << int(ApiKey::SourceKind::Environment)
                                   << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("env:") << QStringLiteral("env:MY_KEY") << int(ApiKey::SourceKind::Environment) << QStringLiteral("MY_KEY");
    QTest::newRow("keychain:") << QStringLiteral("keychain:openai.work") << int(ApiKey::SourceKind::Keychain)
                               << QStringLiteral("openai.work");
}

void TestApiKeySource::kinds()
{
    QFETCH(QString, source);
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(int(ApiKey::sourceKind(source)), kind);
    QCOMPARE(ApiKey::sourceName(source), name);
    ApiKey::validateSource(source); // valid forms do not throw
    if (kind == int(ApiKey::SourceKind::Environment))
        QCOMPARE(ApiKey::sourceKind(ApiKey::environmentSource(name)), ApiKey::SourceKind::Environment);
    if (kind == int(ApiKey::SourceKind::Keychain))
        QCOMPARE(ApiKey::keychainSource(name), source);
}

void TestApiKeySource::invalidSourcesAreNotEchoed_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("key as variable") << QStringLiteral("sk-proj-0123456789abcdef");
    QTest::newRow("key after env:") << QStringLiteral("env:sk-proj-0123456789abcdef");
    QTest::newRow("key with a space as keychain name") << QStringLiteral("keychain:sk proj 0123456789abcdef");
    QTest::newRow("empty keychain name") << QStringLiteral("keychain:");
    QTest::newRow("variable starting with a digit") << QStringLiteral("env:9LIVES");
}

void TestApiKeySource::invalidSourcesAreNotEchoed()
{
    QFETCH(QString, source);
    try {
        ApiKey::fromSource(source);
        QFAIL("an invalid source was accepted");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Usage);
        const QString name = ApiKey::sourceName(source);
        if (name.size() > 3)
            QVERIFY2(!error.message().contains(name), qPrintable(error.message()));
        QVERIFY(!error.message().contains(QStringLiteral("0123456789abcdef")));
    }
}

void TestApiKeySource::environmentSource()
{
    qputenv("TARE_TEST_APIKEY_SOURCE", "sk-test-value-123456789");
    QCOMPARE(ApiKey::fromSource(QStringLiteral("env:TARE_TEST_APIKEY_SOURCE")), QByteArray("sk-test-value-123456789"));
    QCOMPARE(ApiKey::fromSource(QStringLiteral("TARE_TEST_APIKEY_SOURCE")), QByteArray("sk-test-value-123456789"));
    QCOMPARE(ApiKey::fromEnvironment(QStringLiteral("TARE_TEST_APIKEY_SOURCE")), QByteArray("sk-test-value-123456789"));
    QVERIFY(ApiKey::fromSource(QString()).isEmpty());
    qunsetenv("TARE_TEST_APIKEY_SOURCE");
    try {
        ApiKey::fromSource(QStringLiteral("env:TARE_TEST_APIKEY_SOURCE"));
        QFAIL("an unset variable was accepted");
    } catch (const TareError& error) {
        QVERIFY(error.message().contains(QStringLiteral("TARE_TEST_APIKEY_SOURCE")));
    }
}

void TestApiKeySource::masked()
{
    // Long keys show four characters at most; short ones nothing.
    QCOMPARE(ApiKey::masked("sk-proj-abcdefghijklmnop1234"), QStringLiteral("••••1234"));
    QVERIFY(!ApiKey::masked("sk-short-9876").contains(QStringLiteral("9876")));
    QVERIFY(!ApiKey::masked("sk-short-9876").isEmpty());
}

void TestApiKeySource::keychainWithoutSecretService()
{
    QVERIFY(Keychain::isSupported()); // the Debian build has QtKeychain (scripts/install-deps.sh)
    for (const QString& source : {QStringLiteral("keychain:tare-test"), QStringLiteral("keychain:work.openai")}) {
        try {
            ApiKey::fromSource(source);
            QFAIL("a key was read without a Secret Service");
        } catch (const TareError& error) {
            QCOMPARE(error.kind(), TareError::Kind::Io);
            // Says what is missing and what to do instead.
            QVERIFY2(error.message().contains(QStringLiteral("Secret Service")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("--api-key-env")), qPrintable(error.message()));
        }
    }
    const QByteArray key = "sk-tare-keychain-canary-5e4d3c2b1a";
    try {
        Keychain::write(QStringLiteral("tare-test"), key);
        QFAIL("a key was stored without a Secret Service");
    } catch (const TareError& error) {
        QVERIFY(!error.message().contains(QString::fromLatin1(key)));
        QVERIFY(!error.message().contains(QStringLiteral("5e4d3c2b1a")));
    }
}

QTEST_GUILESS_MAIN(TestApiKeySource)
#include "tst_apikeysource.moc"
