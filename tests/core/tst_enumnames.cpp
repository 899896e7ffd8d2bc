// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/enumnames.h"

#include "core/db/projecttypes.h"
#include "core/db/runrecords.h"
#include "core/experiment/experimentsettings.h"
#include "core/explain/failuretriage.h"
#include "core/models/experimentlistmodel.h"
#include "core/models/runlistmodel.h"
#include "core/report/reportwriter.h"

#include <QTest>

using namespace tare;

namespace {

enum class Colour
{
    Red,
    Green,
    Blue,
};

constexpr EnumNames<Colour, 3> s_colours({{{Colour::Red, u"red"}, {Colour::Green, u"green"}, {Colour::Green, u"verde"}}});

} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothWays();
    void aliasesReadButTheFirstIsWritten();
    void unlistedValuesAndUnknownNames();
    void storedNamesRoundTrip();
    void titlesComeFromTheTables();
};

void TestEnumNames::bothWays()
{
    QCOMPARE(s_colours.name(Colour::Red), QStringLiteral("red"));
    QVERIFY(s_colours.value(u"red") == std::optional(Colour::Red));
    QVERIFY(s_colours.value(QStringLiteral("green")) == std::optional(Colour::Green));
}

void TestEnumNames::aliasesReadButTheFirstIsWritten()
{
    QVERIFY(s_colours.value(u"verde") == std::optional(Colour::Green));
    QCOMPARE(s_colours.name(Colour::Green), QStringLiteral("green"));
    QVERIFY(ReportWriter::formatFromName(QStringLiteral("md")) == std::optional(ReportFormat::Markdown));
    QVERIFY(ReportWriter::formatFromName(QStringLiteral("markdown")) == std::optional(ReportFormat::Markdown));
}

void TestEnumNames::unlistedValuesAndUnknownNames()
{
    QCOMPARE(s_colours.name(Colour::Blue), QString());
    QCOMPARE(s_colours.name(Colour::Blue, u"none"), QStringLiteral("none"));
    QVERIFY(!s_colours.value(u"Red")); // case matters: stored names are exact
    QVERIFY(!s_colours.value(u""));
    QVERIFY(!experimentKindFromName(QStringLiteral("noise sweep")));
}

void TestEnumNames::storedNamesRoundTrip()
{
    for (RunStatus status : {RunStatus::Created, RunStatus::Running, RunStatus::Paused, RunStatus::Cancelled,
                             RunStatus::Failed, RunStatus::Finished})
        QVERIFY(runStatusFromName(runStatusName(status)) == std::optional(status));
    QCOMPARE(runStatusName(RunStatus::Cancelled), QStringLiteral("cancelled"));
    for (ExperimentKind kind : {ExperimentKind::NoiseSweep, ExperimentKind::BudgetSweep, ExperimentKind::Methods,
                                ExperimentKind::JudgeQuality})
        QVERIFY(experimentKindFromName(experimentKindName(kind)) == std::optional(kind));
    QCOMPARE(experimentKindName(ExperimentKind::JudgeQuality), QStringLiteral("judge-quality"));
    for (DocumentJoin join : {DocumentJoin::TitleSpace, DocumentJoin::TitleNewline, DocumentJoin::TextOnly})
        QVERIFY(documentJoinFromName(documentJoinName(join)) == std::optional(join));
    QCOMPARE(documentJoinName(DocumentJoin::TextOnly), QStringLiteral("text"));
    QVERIFY(poolRuleFromName(poolRuleName(PoolRule::Judged)) == std::optional(PoolRule::Judged));
    QVERIFY(taskTypeFromName(taskTypeName(TaskType::Classification)) == std::optional(TaskType::Classification));
}

void TestEnumNames::titlesComeFromTheTables()
{
    static constexpr std::pair<Colour, const char*> titles[] = {{Colour::Red, "Crimson"}, {Colour::Green, "Lime"}};
    QCOMPARE(enumTitle("TestEnumNames", titles, Colour::Green), QStringLiteral("Lime"));
    QCOMPARE(enumTitle("TestEnumNames", titles, Colour::Blue), QString());
    QCOMPARE(RunListModel::statusName(RunStatus::Paused), QStringLiteral("paused"));
    QCOMPARE(RunListModel::statusName(RunStatus::Finished), QStringLiteral("finished"));
    QCOMPARE(ExperimentListModel::kindTitle(ExperimentKind::Methods), QStringLiteral("Method comparison"));
    QCOMPARE(FailureTriage::reasonTitle(FailureReason::Overshoot), QStringLiteral("Overshoot"));
}

QTEST_GUILESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
