// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tare;

namespace {

using Output = TestUtils::CliBytes;

Output runCli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
              const QByteArray& input = {})
{
    return TestUtils::runCliBytes(arguments, environment, input);
}

const QByteArray s_key = QByteArrayLiteral("sk-tare-keyring-canary-4b7d0e9f2a6c8e1d3f5a7b9c");

} // namespace

/// `tare-cli judge` fetches exactly the judgments a following `run` needs (the run then makes no
/// request), and API keys from the system keychain: a clear error without a Secret Service, and
/// a real round trip through a private D-Bus session bus with gnome-keyring-daemon.
class TestJudgeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judgeThenRunMakesNoRequests();
    void keychainWithoutSecretService();
    void keychainRoundTrip();
    void cleanupTestCase();

private:
    QStringList runArguments(const QString& endpoint) const;

    QTemporaryDir m_dir;
    QString m_project;
    QProcess m_bus;
    QProcess m_keyring;
};

void TestJudgeCli::initTestCase()
{
    const auto result = TestUtils::buildCliProjectIn(m_dir, QStringLiteral("judge.tare"), m_project,
                                                     QStringLiteral("teaching"), 16);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
}

QStringList TestJudgeCli::runArguments(const QString& endpoint) const
{
    return {m_project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"), QStringLiteral("llm-yesno"),
            QStringLiteral("--endpoint"), endpoint, QStringLiteral("--model"), QStringLiteral("m")};
}

void TestJudgeCli::judgeThenRunMakesNoRequests()
{
    tare::test::OpenAiTestServer server;
    const QString endpoint = server.baseUrl() + QStringLiteral("/v1");
    const QStringList selection{QStringLiteral("--total"), QStringLiteral("6"), QStringLiteral("--from-top"), QStringLiteral("3"),
                                QStringLiteral("--seed"), QStringLiteral("7")};
    Output result = runCli(QStringList{QStringLiteral("judge")} + runArguments(endpoint) + selection
                           + QStringList{QStringLiteral("--concurrency"), QStringLiteral("8")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const int fetched = server.requestCount();
    QVERIFY(fetched > 0);
    QVERIFY2(result.out.contains(QByteArray(QByteArray::number(fetched) + " fetched")), result.out.constData());

    // The run with the same settings finds every judgment stored.
    server.resetCounters();
    result = runCli(QStringList{QStringLiteral("run")} + runArguments(endpoint) + selection
                    + QStringList{QStringLiteral("--steps"), QStringLiteral("5")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("finished"), result.out.constData());
    QCOMPARE(server.requestCount(), 0);

    // Judging again fetches nothing; another seed selects other documents, so the run asks again.
    result = runCli(QStringList{QStringLiteral("judge")} + runArguments(endpoint) + selection);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(server.requestCount(), 0);
    QVERIFY2(result.out.contains(" 0 fetched"), result.out.constData());
    result = runCli(QStringList{QStringLiteral("run")} + runArguments(endpoint)
                    + QStringList{QStringLiteral("--total"), QStringLiteral("6"), QStringLiteral("--from-top"), QStringLiteral("3"),
                                  QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--steps"), QStringLiteral("5")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(server.requestCount() > 0);
    QVERIFY(server.requestCount() < fetched); // the top three of every query are shared with seed 7
}

void TestJudgeCli::keychainWithoutSecretService()
{
    tare::test::OpenAiTestServer server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_dir.filePath(QStringLiteral("no-bus")).prepend(QStringLiteral("unix:path=")));
    environment.remove(QStringLiteral("DISPLAY"));
    Output result = runCli(QStringList{QStringLiteral("run")} + runArguments(server.baseUrl() + QStringLiteral("/v1"))
                               + QStringList{QStringLiteral("--api-key-keychain"), QStringLiteral("tare-test")},
                           environment);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("Secret Service") && result.err.contains("--api-key-env"), result.err.constData());
    QCOMPARE(server.requestCount(), 0);
    result = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("tare-test")}, environment, s_key + '\n');
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!QByteArray(result.out + result.err).contains(s_key.right(12)));
}

void TestJudgeCli::keychainRoundTrip()
{
    // A private session bus and keyring: nothing of the user's session is touched.
    const QString busDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    QVERIFY2(!busDaemon.isEmpty() && !keyringDaemon.isEmpty(),
             "dbus-daemon and gnome-keyring-daemon are needed (scripts/install-deps.sh installs them)");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(home) && QDir().mkpath(runtime));
    QFile(runtime).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString socket = m_dir.filePath(QStringLiteral("bus"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + socket);
    environment.remove(QStringLiteral("DISPLAY"));
    // A bus without service activation: the session configuration would start a second keyring
    // (without the unlocked login collection) on the first request.
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:path="
                     + socket.toUtf8()
                     + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                       "</policy></busconfig>\n");
    configFile.close();
    m_bus.setProcessEnvironment(environment);
    m_bus.start(busDaemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--nopidfile")});
    QVERIFY(m_bus.waitForStarted());
    QTRY_VERIFY(QFile::exists(socket));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(keyringDaemon, {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    QVERIFY(m_keyring.waitForStarted());
    m_keyring.write("keyring-password");
    m_keyring.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home + QStringLiteral("/.local/share/keyrings/login.keyring")), 10000);

    // Store the key (from standard input), until the keyring has claimed its bus name.
    Output result;
    for (int attempt = 0; attempt < 40; ++attempt) {
        result = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("tare-test")}, environment, s_key + '\n');
        if (result.exitCode == 0)
            break;
        QThread::msleep(250);
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains(s_key.right(4)));
    QVERIFY(!result.out.contains(s_key.right(5)));
    result = runCli({QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("tare-test")}, environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.out.contains(s_key.right(5)));

    // A run sends the key from the keychain with every request, and prints it nowhere.
    tare::test::OpenAiTestServer server;
    server.setRequiredApiKey(s_key);
    result = runCli(QStringList{QStringLiteral("run")} + runArguments(server.baseUrl() + QStringLiteral("/v1"))
                        + QStringList{QStringLiteral("--api-key-keychain"), QStringLiteral("tare-test"), QStringLiteral("--model"),
                                      QStringLiteral("keyed"), QStringLiteral("--total"), QStringLiteral("4"),
                                      QStringLiteral("--steps"), QStringLiteral("3")},
                    environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(server.requestCount() > 0);
    for (const auto& seen : server.seen())
        QCOMPARE(seen.header(QByteArrayLiteral("authorization")), QByteArray("Bearer " + s_key));
    QVERIFY(!QByteArray(result.out + result.err).contains(s_key.left(16)));
    QVERIFY(!result.out.contains("401"));

    // Deleted: the next read says there is no such entry.
    result = runCli({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("tare-test")}, environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = runCli({QStringLiteral("key"), QStringLiteral("check"), QStringLiteral("tare-test")}, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("no API key under that name"), result.err.constData());
}

void TestJudgeCli::cleanupTestCase()
{
    for (QProcess* process : {&m_keyring, &m_bus}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000)) {
                process->kill();
                process->waitForFinished();
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestJudgeCli)
#include "tst_judgecli.moc"
