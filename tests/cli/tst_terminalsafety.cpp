// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "projectbuilder.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

namespace {

const QString s_escape = QStringLiteral("\x1b");
const QString s_bell = QStringLiteral("\x07");

/// Whether `text` holds a raw control character other than a line break or tab.
bool hasRawControl(const QString& text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || c.unicode() == 0x7f
            || (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.unicode() == 0x202e)
            return true;
    }
    return false;
}

} // namespace

/// Names, ids and messages from files reach the terminal escaped and cut: a hostile dataset name
/// or id can neither drive the terminal (escape sequences, bidi overrides) nor flood it (a
/// megabyte id), and a Markdown report carries ids as text, not as HTML.
class TestTerminalSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void infoAndRunEscapeNamesAndIds();
    void importErrorsEscapeAndCut();
    void markdownReportCarriesNoHtml();

private:
    QTemporaryDir m_dir;
    QString m_project;
    // Written through the store, as an older Tare (or another program) could have: the ids
    // themselves would be refused by today's importers.
    TestUtils::ProjectBuilder m_hostile{QStringLiteral("hostile.tare"), QStringLiteral("evil\x1b[31mRED\x1b]0;pwned\x07\u202eset")};
};

void TestTerminalSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_hostile.path();
    QList<qint64> documents;
    for (int i = 0; i < 40; ++i) {
        const QByteArray text = "alpha beta gamma " + QByteArray::number(i % 7) + " delta " + QByteArray::number(i % 3);
        documents.append(m_hostile.addDocument(QByteArray("d" + QByteArray::number(i)), text));
    }
    const QList<QByteArray> queryIds{QByteArray("q\x1b[2Jclear"), QByteArray("q\x07" "bell"), "q" + QByteArray(1 << 20, 'x')};
    for (int q = 0; q < queryIds.size(); ++q) {
        const qint64 queryId = m_hostile.addQuery(queryIds[q], QByteArray("alpha " + QByteArray::number(q)));
        QVERIFY(queryId > 0);
        m_hostile.label(queryId, documents[q], 1);
        m_hostile.label(queryId, documents[q + 7], 1);
    }
    m_hostile.close();
}

void TestTerminalSafety::infoAndRunEscapeNamesAndIds()
{
    const auto embedded = runCli({QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                                  QStringLiteral("--dim"), QStringLiteral("4")});
    QVERIFY2(embedded.exitCode == 0, qPrintable(embedded.err));
    QVERIFY2(!hasRawControl(QString(embedded.out + embedded.err)), qPrintable(embedded.out));

    const auto info = runCli({QStringLiteral("info"), m_project});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(!hasRawControl(info.out), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("evil\\x1b[31mRED\\x1b]0;pwned\\x07\\u{202e}set")), qPrintable(info.out));

    const auto run = runCli({QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"),
                             QStringLiteral("--judge"), QStringLiteral("gold"), QStringLiteral("--steps"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!hasRawControl(QString(run.out + run.err)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("q\\x1b[2Jclear")), qPrintable(run.out));
    QVERIFY2(run.out.size() < 8000, qPrintable(QString::number(run.out.size()))); // the 1 MB id is cut
}

void TestTerminalSafety::importErrorsEscapeAndCut()
{
    const QDir dir(m_dir.path());
    const QByteArray queries = "{\"_id\": \"q1\", \"text\": \"a\"}\n";
    const QByteArray qrels = "q1\td1\t1\n";
    const QList<QPair<QByteArray, QString>> cases{
        {"{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d\\u001b]0;pwned\\u0007\", \"text\": \"b\"}\n",
         QStringLiteral("'d\\x1b]0;pwned\\x07' contains the control character \\x1b")},
        {"{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"" + QByteArray(2000000, 'z') + "\", \"text\": \"b\"}\n",
         QStringLiteral("is 2000000 bytes long")},
    };
    for (const auto& [corpus, message] : cases) {
        const QDir folder(dir.filePath(QStringLiteral("in%1").arg(corpus.size())));
        TestUtils::writeFile(folder, QStringLiteral("corpus.jsonl"), corpus);
        TestUtils::writeFile(folder, QStringLiteral("queries.jsonl"), queries);
        TestUtils::writeFile(folder, QStringLiteral("qrels/test.tsv"), qrels);
        const auto result = runCli({QStringLiteral("import"), QStringLiteral("beir"), folder.path(), QStringLiteral("--project"),
                                    dir.filePath(QStringLiteral("new.tare"))});
        qInfo("%s", qPrintable(result.err.trimmed().left(400)));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!hasRawControl(result.err), qPrintable(result.err.left(400)));
        QVERIFY2(result.err.size() < 2000, qPrintable(QString::number(result.err.size())));
        QVERIFY2(result.err.contains(message), qPrintable(result.err.left(400)));
    }
}

void TestTerminalSafety::markdownReportCarriesNoHtml()
{
    const QDir folder(m_dir.filePath(QStringLiteral("html")));
    QByteArray corpus;
    for (int i = 0; i < 30; ++i)
        corpus += "{\"_id\": \"<img/src=x/onerror=alert(" + QByteArray::number(i) + ")>\", \"text\": \"alpha beta " + QByteArray::number(i % 5) + "\"}\n";
    TestUtils::writeFile(folder, QStringLiteral("corpus.jsonl"), corpus);
    TestUtils::writeFile(folder, QStringLiteral("queries.jsonl"),
                         "{\"_id\": \"<script>alert(1)</script>\", \"text\": \"alpha 1\"}\n{\"_id\": \"q_*2*\", \"text\": \"beta 2\"}\n");
    TestUtils::writeFile(folder, QStringLiteral("qrels/test.tsv"),
                         "<script>alert(1)</script>\t<img/src=x/onerror=alert(1)>\t1\n"
                         "<script>alert(1)</script>\t<img/src=x/onerror=alert(6)>\t1\n"
                         "q_*2*\t<img/src=x/onerror=alert(2)>\t1\n");
    const QString project = m_dir.filePath(QStringLiteral("html.tare"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("import"), QStringLiteral("beir"), folder.path(), QStringLiteral("--project"), project},
          QStringList{QStringLiteral("embed"), project, QStringLiteral("--dim"), QStringLiteral("4")},
          QStringList{QStringLiteral("run"), project, QStringLiteral("--judge"), QStringLiteral("gold"), QStringLiteral("--steps"),
                      QStringLiteral("3")},
          QStringList{QStringLiteral("report"), project, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("report.md")), QStringLiteral("--explain"), QStringLiteral("2")}}) {
        const auto result = runCli(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(QString(arguments.first() + u": " + result.err)));
    }
    QFile file(m_dir.filePath(QStringLiteral("report.md")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY2(!markdown.contains(QStringLiteral("<script")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QStringLiteral("<img")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(markdown));
    QVERIFY2(markdown.contains(QStringLiteral("q\\_\\*2\\*")), qPrintable(markdown)); // Markdown marks are text too
}

QTEST_GUILESS_MAIN(TestTerminalSafety)
#include "tst_terminalsafety.moc"
