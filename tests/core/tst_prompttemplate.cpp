// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/prompttemplate.h"

#include <QTest>

using namespace tare;

class TestPromptTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
};

void TestPromptTemplate::render_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("expected");
    const QString document = QStringLiteral("d{query}");
    QTest::newRow("all three") << QStringLiteral("{instruction} Q={query} D={document}") << document
                               << QStringLiteral("Task. Q=q{document} D=d{query}");
    QTest::newRow("unknown placeholder kept") << QStringLiteral("{query} {other} {") << document
                                              << QStringLiteral("q{document} {other} {");
    QTest::newRow("repeated") << QStringLiteral("{query}/{query}") << document << QStringLiteral("q{document}/q{document}");
    QTest::newRow("nothing trimmed") << QStringLiteral("\n{document} ") << document << QStringLiteral("\nd{query} ");
    QTest::newRow("task sentence") << QStringLiteral("Relevant? {task}Answer.") << document
                                   << QStringLiteral("Relevant? Judge the relevance according to the following task: Task. Answer.");
    QTest::newRow("no document (HyDE, reranker query)") << QStringLiteral("Write about {query}.{document}") << QString()
                                                         << QStringLiteral("Write about q{document}.");
}

void TestPromptTemplate::render()
{
    QFETCH(QString, pattern);
    QFETCH(QString, document);
    QFETCH(QString, expected);
    // Values that look like placeholders are never expanded again.
    QCOMPARE(PromptTemplate::render(pattern, QStringLiteral("q{document}"), document, QStringLiteral("Task.")), expected);
}

QTEST_GUILESS_MAIN(TestPromptTemplate)
#include "tst_prompttemplate.moc"
