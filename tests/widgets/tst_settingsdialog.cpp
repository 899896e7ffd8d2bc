// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "testserver/openaitestserver.h"
#include "widgets/settingsdialog.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace tare;

/// The settings dialog: its fields round-trip, "Test connection" shows the capability probe of a
/// real endpoint (the test server), and an API key is never shown back in clear.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void probeResultIsShown();
    void probeRemembersMaxCompletionTokens();
    void keyIsShownMaskedOnly();
    void keychainWithoutSecretServiceSaysSo();
};

void TestSettingsDialog::initTestCase()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tare-test-bus");
}

void TestSettingsDialog::settingsRoundTrip_data()
{
    QTest::addColumn<QString>("keySource");
    QTest::newRow("no key") << QString();
    QTest::newRow("environment") << QStringLiteral("env:OPENAI_API_KEY");
    QTest::newRow("keychain") << QStringLiteral("keychain:work-openai");
}

void TestSettingsDialog::settingsRoundTrip()
{
    QFETCH(QString, keySource);
    WorkbenchSettings settings;
    settings.preset = QStringLiteral("vllm");
    settings.endpoint = QStringLiteral("http://gpu-box:8000/v1");
    settings.judgeModel = QStringLiteral("Qwen/Qwen3-8B");
    settings.embeddingModel = QStringLiteral("Qwen/Qwen3-Embedding-0.6B");
    settings.apiKeySource = keySource;
    settings.concurrency = 48;
    settings.connectTimeoutSeconds = 7;
    settings.totalTimeoutSeconds = 90;
    settings.language = QStringLiteral("de");
    SettingsDialog dialog(settings, {QStringLiteral("de"), QStringLiteral("en")});
    const WorkbenchSettings back = dialog.settings();
    QCOMPARE(back.preset, settings.preset);
    QCOMPARE(back.endpoint, settings.endpoint);
    QCOMPARE(back.judgeModel, settings.judgeModel);
    QCOMPARE(back.embeddingModel, settings.embeddingModel);
    QCOMPARE(back.apiKeySource, settings.apiKeySource);
    QCOMPARE(back.concurrency, 48);
    QCOMPARE(back.connectTimeoutSeconds, 7);
    QCOMPARE(back.totalTimeoutSeconds, 90);
    QCOMPARE(back.language, QStringLiteral("de"));
}

void TestSettingsDialog::probeResultIsShown()
{
    tare::test::OpenAiTestServer server;
    WorkbenchSettings settings;
    settings.endpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-model");
    SettingsDialog dialog(settings, {QStringLiteral("de")});
    dialog.show();
    QSignalSpy finished(&dialog, &SettingsDialog::probeFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<CapabilityReport>();
    QVERIFY(report.logprobs.yes());
    // One row per capability, and the judge modes it enables.
    QCOMPARE(dialog.probeResultView()->topLevelItemCount(), 6);
    QCOMPARE(dialog.probeResultView()->topLevelItem(1)->text(1), QStringLiteral("yes")); // logprobs
    QVERIFY2(dialog.probeSummary().contains(QStringLiteral("llm-yesno")), qPrintable(dialog.probeSummary()));
    QVERIFY(server.requestCount() > 0);
    const QString png = QDir::current().filePath(QStringLiteral("settingsdialog.png"));
    QVERIFY(dialog.grab().save(png));
}

void TestSettingsDialog::probeRemembersMaxCompletionTokens()
{
    // A host that rejects max_tokens: the probe's finding travels with the settings (runs pass
    // it to the judge), and editing the endpoint forgets it.
    tare::test::OpenAiTestServer server;
    server.setRejectMaxTokens(true);
    WorkbenchSettings settings;
    settings.endpoint = server.baseUrl() + QStringLiteral("/v1");
    settings.judgeModel = QStringLiteral("judge-model");
    SettingsDialog dialog(settings, {QStringLiteral("de")});
    QVERIFY(!dialog.settings().useMaxCompletionTokens);
    QSignalSpy finished(&dialog, &SettingsDialog::probeFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<CapabilityReport>().maxCompletionTokens.yes());
    QVERIFY(dialog.settings().useMaxCompletionTokens);
    settings.useMaxCompletionTokens = true;
    QVERIFY(SettingsDialog(settings, {}).settings().useMaxCompletionTokens); // kept when reopened
    auto* endpoint = dialog.findChildren<QLineEdit*>().first();
    QCOMPARE(endpoint->text(), settings.endpoint);
    endpoint->setText(QStringLiteral("http://elsewhere:8000/v1"));
    QVERIFY(!dialog.settings().useMaxCompletionTokens);
}

void TestSettingsDialog::keyIsShownMaskedOnly()
{
    const QByteArray key = "sk-tare-settings-canary-31415926535";
    qputenv("TARE_TEST_SETTINGS_KEY", key);
    WorkbenchSettings settings;
    settings.apiKeySource = QStringLiteral("env:TARE_TEST_SETTINGS_KEY");
    SettingsDialog dialog(settings, {});
    QTRY_VERIFY(dialog.keyStatus().contains(QStringLiteral("••••")));
    QVERIFY(dialog.keyStatus().contains(QStringLiteral("6535")));
    QVERIFY(!dialog.keyStatus().contains(QStringLiteral("26535")));
    // Nowhere in the dialog's text fields either.
    for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        QVERIFY(!edit->text().contains(QString::fromLatin1(key.right(8))));
    qunsetenv("TARE_TEST_SETTINGS_KEY");
}

void TestSettingsDialog::keychainWithoutSecretServiceSaysSo()
{
    WorkbenchSettings settings;
    settings.apiKeySource = QStringLiteral("keychain:tare-test");
    SettingsDialog dialog(settings, {});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.keyStatus().contains(QStringLiteral("Secret Service")), 10000);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
