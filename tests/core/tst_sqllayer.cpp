// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

/// Keeps "all SQL of the project lives in core/db" true: no source file of core (outside
/// core/db), widgets, app, cli or bench calls SQLite, prepares a statement or holds a string
/// literal that starts with an SQL statement. Tests are exempt (they damage project files on
/// purpose).
class TestSqlLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void sqlOnlyInCoreDb();
};

namespace {

/// The reason a line holds SQL, or an empty string.
QString sqlIn(const QString& line)
{
    static const QRegularExpression sqliteCall(QStringLiteral(R"(\bsqlite3_\w+\s*\()"));
    static const QRegularExpression prepare(QStringLiteral(R"((\.|->)\s*prepare\s*\(\s*(u8?|L|U)?R?")"));
    static const QRegularExpression literal(
        QStringLiteral(R"((^|[^\w"])(u8?|L|U)?R?"(\()?\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|DROP|ALTER|WITH|REPLACE)\s)"));
    const QString code = line.trimmed();
    if (code.startsWith(u"//") || code.startsWith(u"*") || code.startsWith(u"/*"))
        return {};
    if (sqliteCall.match(line).hasMatch())
        return QStringLiteral("calls SQLite");
    if (prepare.match(line).hasMatch())
        return QStringLiteral("prepares a statement");
    if (const auto match = literal.match(line); match.hasMatch())
        return QStringLiteral("an SQL literal (%1)").arg(match.captured(4));
    return {};
}

} // namespace

void TestSqlLayer::detects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("sql");
    QTest::newRow("prepare") << QStringLiteral(R"x(auto& s = store.connection().prepare("SELECT id FROM runs");)x") << true;
    QTest::newRow("pointer prepare") << QStringLiteral(R"x(m_db->prepare("x");)x") << true;
    QTest::newRow("literal") << QStringLiteral(R"x(const char* sql = "INSERT INTO labels VALUES(?1)";)x") << true;
    QTest::newRow("continued literal") << QStringLiteral(R"x(    "UPDATE runs SET status = ?2 ")x") << true;
    QTest::newRow("pragma") << QStringLiteral(R"x(connection.exec("PRAGMA foreign_keys = ON;");)x") << true;
    QTest::newRow("raw literal") << QStringLiteral(R"sql(exec(R"(CREATE TABLE t(x))");)sql") << true;
    QTest::newRow("sqlite call") << QStringLiteral("sqlite3_exec(handle, text, nullptr, nullptr, nullptr);") << true;
    QTest::newRow("translated text") << QStringLiteral(R"x(tr("Select a dataset to run"))x") << false;
    QTest::newRow("comment") << QStringLiteral(R"x(// "SELECT" lives in core/db)x") << false;
    QTest::newRow("engine prepare") << QStringLiteral("const qint64 runId = engine.prepare(settings);") << false;
    QTest::newRow("word inside") << QStringLiteral(R"x(QStringLiteral("UPDATED "))x") << false;
}

void TestSqlLayer::detects()
{
    QFETCH(QString, line);
    QFETCH(bool, sql);
    QCOMPARE(!sqlIn(line).isEmpty(), sql);
}

void TestSqlLayer::sqlOnlyInCoreDb()
{
    const QDir root(QStringLiteral(TARE_TEST_DATA_DIR "/../.."));
    QVERIFY(root.exists(QStringLiteral("core/db/projectstore.cpp")));
    QStringList findings;
    int files = 0;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("widgets"), QStringLiteral("app"),
                                  QStringLiteral("cli"), QStringLiteral("bench")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (relative.startsWith(u"core/db/"))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++number;
                const QString reason = sqlIn(line);
                if (!reason.isEmpty())
                    findings.append(QStringLiteral("%1:%2: %3: %4").arg(relative).arg(number).arg(reason, line.trimmed()));
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("SQL outside core/db:\n") + findings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSqlLayer)
#include "tst_sqllayer.moc"
