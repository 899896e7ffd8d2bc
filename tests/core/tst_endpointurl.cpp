// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/net/endpointurl.h"

#include <QTest>

using namespace tare;

class TestEndpointUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicUrl_data();
    void publicUrl();
};

void TestEndpointUrl::publicUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("http://localhost:8000/v1") << QStringLiteral("http://localhost:8000/v1");
    QTest::newRow("trailing slash") << QStringLiteral("http://localhost:8000/v1/") << QStringLiteral("http://localhost:8000/v1");
    QTest::newRow("credentials") << QStringLiteral("https://user:secret@llm.example/v1?key=abc")
                                 << QStringLiteral("https://llm.example/v1");
}

void TestEndpointUrl::publicUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(EndpointUrl::publicUrl(url), expected);
}

QTEST_GUILESS_MAIN(TestEndpointUrl)
#include "tst_endpointurl.moc"
