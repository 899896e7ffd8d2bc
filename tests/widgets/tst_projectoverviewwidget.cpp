// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/projectsummarymodel.h"
#include "widgets/journey.h"
#include "widgets/projectoverviewwidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace tare;

class TestProjectOverviewWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSummaryAndForwardsActivation();
};

void TestProjectOverviewWidget::showsSummaryAndForwardsActivation()
{
    ProjectSummaryModel model;
    ProjectOverviewWidget widget(&model);
    QVERIFY(Journey::showExposed(&widget, {800, 400}));
    auto* heading = widget.findChild<QLabel*>();
    QVERIFY(heading);
    QCOMPARE(heading->text(), QStringLiteral("No project open."));

    ProjectSummary summary;
    summary.path = QStringLiteral("/tmp/x/demo.tare");
    DatasetInfo dataset;
    dataset.id = 42;
    dataset.name = QStringLiteral("nuance");
    dataset.documentCount = 400;
    summary.datasets = {dataset};
    model.setSummary(summary);
    QVERIFY2(heading->text().startsWith(QStringLiteral("demo.tare")), qPrintable(heading->text()));

    auto* tree = widget.findChild<QTreeView*>();
    QVERIFY(tree);
    QSignalSpy activated(&widget, &ProjectOverviewWidget::datasetActivated);
    Q_EMIT tree->activated(model.index(0, 0));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), 42);

    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), widget.width() * int(widget.devicePixelRatio()));
}

QTEST_MAIN(TestProjectOverviewWidget)
#include "tst_projectoverviewwidget.moc"
