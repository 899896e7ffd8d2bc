// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "testserver/openaitestserver.h"
#include "testutils.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tare;

namespace {

// Canaries: distinctive enough that any occurrence is a leak, never a coincidence.
const QByteArray s_goodKey = QByteArrayLiteral("sk-tare-canary-7f3e9a1c5b2d4e6f8091a2b3c4d5e6f7");
const QByteArray s_wrongKey = QByteArrayLiteral("sk-tare-wrongcanary-0a9b8c7d6e5f40312233445566778899");

using Output = TestUtils::CliBytes;

/// Runs tare-cli with debug logging of every tare category on and the keys in the environment.
Output runCli(const QStringList& arguments, int timeoutMs = 120000)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TARE_TEST_GOOD_KEY"), QString::fromLatin1(s_goodKey));
    environment.insert(QStringLiteral("TARE_TEST_WRONG_KEY"), QString::fromLatin1(s_wrongKey));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tare.*=true"));
    return TestUtils::runCliBytes(arguments, environment, {}, timeoutMs);
}

/// Bytes of `haystack` that belong to an occurrence of a key, or of a long piece of one (a key
/// cut or masked in a message still leaks its first 16 characters).
qint64 leakedBytes(const QByteArray& haystack)
{
    qint64 bytes = 0;
    for (const QByteArray& key : {s_goodKey, s_wrongKey}) {
        for (const QByteArray& needle : {key, key.left(16), key.right(16), key.toBase64(), key.toHex()}) {
            for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
                bytes += needle.size();
        }
    }
    return bytes;
}

qint64 leakedBytesInFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return leakedBytes(file.readAll());
}

quint16 freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

/// API keys never reach the project, exports, reports, logs or output of tare-cli, and HTTPS endpoints are
/// verified: a self-signed certificate is refused.
class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apiKeyNeverLeaks();
    void keyGivenForItsVariableIsNotEchoed();
    void selfSignedCertificateIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_teaching;
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_teaching = QString::fromUtf8(TARE_SAMPLE_DATA_DIR) + QStringLiteral("/teaching");
}

void TestSecrets::apiKeyNeverLeaks()
{
    tare::test::OpenAiTestServer server;
    server.setRequiredApiKey(s_goodKey);
    const QString project = m_dir.filePath(QStringLiteral("secrets.tare"));
    const QString exports = m_dir.filePath(QStringLiteral("exports"));
    QList<Output> outputs;
    auto cli = [&](const QStringList& arguments) {
        outputs.append(runCli(arguments));
        return outputs.last();
    };
    Output result = cli({QStringLiteral("import"), QStringLiteral("beir"), m_teaching, QStringLiteral("--project"), project});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("embed"), project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--dim"),
                  QStringLiteral("16")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // Holding a connection keeps the WAL and its shared memory on disk (the last connection to close
    // checkpoints and deletes them), so they are searched with the judgments still in them.
    auto keeper = std::make_unique<ProjectStore>(project);

    const QStringList run{QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                          QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--endpoint"),
                          server.baseUrl() + QStringLiteral("/v1"), QStringLiteral("--model"), QStringLiteral("m"),
                          QStringLiteral("--steps"), QStringLiteral("20"), QStringLiteral("--total"), QStringLiteral("10")};
    // The right key: every request is answered; with --json and as a table.
    result = cli(run + QStringList{QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_GOOD_KEY"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("summary")).toObject();
    QVERIFY(summary.value(QStringLiteral("finished")).toInt() > 0);
    const int answered = server.requestCount();
    QVERIFY(answered > 0);
    // Every request carried the key (so there was something to leak).
    for (const auto& seen : server.seen())
        QCOMPARE(seen.header(QByteArrayLiteral("authorization")), QByteArray("Bearer " + s_goodKey));
    result = cli(run + QStringList{QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_GOOD_KEY"), QStringLiteral("--label"),
                                   QStringLiteral("table")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // A wrong key: 401 on every request, errors stored and printed; the key is in none of them.
    result = cli(run + QStringList{QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_WRONG_KEY"), QStringLiteral("--model"),
                                   QStringLiteral("other-model")});
    // Every judgment failed: the run failed (exit 3), the reason on stderr.
    QVERIFY2(result.exitCode == 3, result.err.constData());
    QVERIFY(server.requestCount() > answered);
    QVERIFY2(result.err.contains("401"), result.err.constData());

    // Export everything there is to export.
    QStringList exported;
    for (const QString& format : {QStringLiteral("trec"), QStringLiteral("ranx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        for (const QString& runId : {QStringLiteral("1"), QStringLiteral("3")}) {
            result = cli({QStringLiteral("export"), QStringLiteral("run"), project, QStringLiteral("--run"), runId,
                          QStringLiteral("--format"), format, QStringLiteral("--out"), exports});
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
    }
    // And every report (the run with the stored 401 errors included).
    for (const QString& format : {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("csv")}) {
        for (const QString& runId : {QStringLiteral("1"), QStringLiteral("3")}) {
            result = cli({QStringLiteral("report"), project, QStringLiteral("--run"), runId, QStringLiteral("--format"), format,
                          QStringLiteral("--out"), exports + QStringLiteral("/report-%1.%2").arg(runId, format)});
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
    }
    result = cli({QStringLiteral("export"), QStringLiteral("qrels"), project, QStringLiteral("--out"),
                  exports + QStringLiteral("/labels.qrels")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("export"), QStringLiteral("vectors"), project, QStringLiteral("--out"),
                  exports + QStringLiteral("/vectors")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    // The judgments are stored with their prompts, answers and errors: the key is not among them.
    {
        ProjectStore store(project);
        const auto runs = store.runs().all();
        QCOMPARE(runs.size(), qsizetype(3));
        int failed = 0;
        for (const RunRecord& record : runs) {
            for (const auto& judgment : store.judgments().latest(record.judgeId, record.datasetId)) {
                QVERIFY(!judgment.prompt.isEmpty());
                failed += judgment.status == u"failed" ? 1 : 0;
            }
        }
        QVERIFY(failed > 0); // the wrong key's errors were stored
    }

    // Search every byte: the project file and its WAL and shared memory, every export, every output.
    qint64 leaked = 0;
    qint64 searched = 0;
    QStringList files{project, project + QStringLiteral("-wal"), project + QStringLiteral("-shm")};
    QDirIterator it(exports, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.size() >= 3 + 6 + 2);
    QVERIFY(QFileInfo(project + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFileInfo(project + QStringLiteral("-shm")).size() > 0);
    auto search = [&](const QString& file) {
        const qint64 bytes = leakedBytesInFile(file);
        QVERIFY2(bytes == 0, qPrintable(file));
        leaked += bytes;
        searched += QFileInfo(file).size();
    };
    for (const QString& file : std::as_const(files))
        search(file);
    keeper.reset(); // checkpoints the WAL into the project file: search that too
    search(project);
    for (const Output& output : std::as_const(outputs)) {
        QVERIFY2(leakedBytes(output.out) == 0, output.out.constData());
        QVERIFY2(leakedBytes(output.err) == 0, output.err.constData());
        leaked += leakedBytes(output.out) + leakedBytes(output.err);
        searched += output.out.size() + output.err.size();
    }
    // Debug logging was really on (otherwise searching the logs proves little): the HTTP client
    // logs every request at debug level.
    QVERIFY2(outputs.at(2).err.contains("127.0.0.1"), outputs.at(2).err.constData());
    qInfo("bytes leaked: %lld (searched %lld bytes in %lld files and %lld outputs; %d requests)", leaked, searched,
          qint64(files.size()), qint64(outputs.size()) * 2, server.requestCount());
    QCOMPARE(leaked, qint64(0));
}

void TestSecrets::keyGivenForItsVariableIsNotEchoed()
{
    // A common slip: the key itself where its variable's name belongs. The error must not print it.
    const QString project = m_dir.filePath(QStringLiteral("slip.tare"));
    QCOMPARE(TestUtils::buildCliProject(project, QStringLiteral("teaching"), 16).exitCode, 0);
    const Output result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                  QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--endpoint"),
                                  QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("--model"), QStringLiteral("m"),
                                  QStringLiteral("--api-key-env"), QString::fromLatin1(s_goodKey)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("not the key itself"), result.err.constData());
    QCOMPARE(leakedBytes(result.out) + leakedBytes(result.err), qint64(0));
    QCOMPARE(ProjectStore(project).runs().all().size(), qsizetype(0)); // refused before anything was written
}

void TestSecrets::selfSignedCertificateIsRefused()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed (Debian package 'openssl'; scripts/install-deps.sh installs it): "
              "cannot start a TLS server with a self-signed certificate");
    const QDir dir(m_dir.path());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(30000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

    // A TLS server on loopback whose certificate is valid for 127.0.0.1 in every respect but trust,
    // so trust is the only reason to refuse it.
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    quint16 port = 0;
    for (int attempt = 0; attempt < 5 && port == 0; ++attempt) {
        const quint16 candidate = freeLoopbackPort();
        server.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"),
                               QStringLiteral("127.0.0.1:%1").arg(candidate), QStringLiteral("-cert"), cert,
                               QStringLiteral("-key"), key, QStringLiteral("-www")});
        QVERIFY(server.waitForStarted());
        QByteArray banner;
        while (!banner.contains("ACCEPT") && server.state() == QProcess::Running && server.waitForReadyRead(10000))
            banner += server.readAll();
        if (banner.contains("ACCEPT"))
            port = candidate;
        else
            server.waitForFinished(1000);
    }
    QVERIFY2(port != 0, "openssl s_server did not start");

    const QString project = m_dir.filePath(QStringLiteral("tls.tare"));
    QCOMPARE(TestUtils::buildCliProject(project, QStringLiteral("teaching"), 16).exitCode, 0);
    const Output result = runCli({QStringLiteral("run"), project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                  QStringLiteral("--judge"), QStringLiteral("llm-yesno"), QStringLiteral("--endpoint"),
                                  QStringLiteral("https://127.0.0.1:%1/v1").arg(port), QStringLiteral("--model"),
                                  QStringLiteral("m"), QStringLiteral("--api-key-env"), QStringLiteral("TARE_TEST_GOOD_KEY"),
                                  QStringLiteral("--total"), QStringLiteral("2"), QStringLiteral("--steps"), QStringLiteral("5"),
                                  QStringLiteral("--json")});
    server.kill();
    server.waitForFinished(5000);
    const QByteArray serverLog = server.readAll();
    // No judgment, so no refinement: the run failed (exit 3).
    QVERIFY2(result.exitCode == 3, result.err.constData());
    QVERIFY2(result.err.contains("certificate"), result.err.constData());

    ProjectStore store(project);
    const auto runs = store.runs().all();
    QCOMPARE(runs.size(), qsizetype(1));
    QCOMPARE(runs.first().status, RunStatus::Failed);
    const auto judgments = store.judgments().latest(runs.first().judgeId, runs.first().datasetId);
    QVERIFY(!judgments.isEmpty());
    qInfo("refused: %s", qPrintable(judgments.begin()->error));
    for (const auto& judgment : judgments) {
        QCOMPARE(judgment.status, QStringLiteral("failed"));
        QVERIFY2(judgment.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(judgment.error));
        QVERIFY(judgment.rawResponse.isEmpty());
    }
    // The handshake failed before any request: the server never saw the key (nor any HTTP).
    QCOMPARE(leakedBytes(serverLog), qint64(0));
    QVERIFY2(!serverLog.contains("POST"), serverLog.constData());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
