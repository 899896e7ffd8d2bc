// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/db/experimentstore.h"
#include "core/io/sampleproject.h"
#include "core/report/csvreport.h"
#include "core/report/experimentreport.h"
#include "core/report/htmlreport.h"
#include "core/report/markdownreport.h"
#include "core/report/reportnumbers.h"
#include "core/report/runreport.h"
#include "core/report/svgplot.h"
#include "core/run/runengine.h"
#include "core/run/runexporter.h"
#include "core/util/tareerror.h"
#include "projectbuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace tare;

namespace {

/// Every <svg>…</svg> of a page; each must be well-formed XML on its own.
QStringList svgElements(const QString& html)
{
    QStringList result;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = html.indexOf(QStringLiteral("<svg"), from);
        if (start < 0)
            break;
        const qsizetype end = html.indexOf(QStringLiteral("</svg>"), start);
        if (end < 0) {
            result << html.mid(start); // unclosed: the caller's XML check fails on it
            break;
        }
        result << html.mid(start, end + 6 - start);
        from = end + 6;
    }
    return result;
}

QString xmlError(const QString& text)
{
    QXmlStreamReader reader(text);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() + QStringLiteral(" at line %1").arg(reader.lineNumber()) : QString();
}

QStringList csvLines(const QByteArray& csv)
{
    return QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

/// Reports of a run on the bundled sample data (with a noisy judge, so some queries get worse)
/// and of a constructed experiment, in the three formats.
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void niceTicks_data();
    void niceTicks();
    void svgPlotIsWellFormed();
    void htmlIsSelfContainedAndWellFormed();
    void markdownHasEveryQuery();
    void csvHasEveryQuery();
    void reportGathersExplanationsAndTriage();
    void experimentReport();
    void ranxExportMatchesTrec();

private:
    TestUtils::TempProject m_project{QStringLiteral("sample.tare")};
    qint64 m_runId = 0;
    std::unique_ptr<RunReport> m_report;
};

void TestReport::initTestCase()
{
    RunSettings settings = TestUtils::sampleRunSettings(*m_project);
    settings.judgeSpec = QStringLiteral("simulated:flip=0.3,seed=5");
    settings.refine.lr = 0.01;
    settings.refine.steps = 30;
    m_runId = TestUtils::runToEnd(*m_project, settings, 2);
    m_report = std::make_unique<RunReport>(RunReport::build(*m_project, m_runId));
}

void TestReport::niceTicks_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QList<double>>("ticks");
    QTest::newRow("unit") << 0.0 << 1.0 << QList<double>{0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
    QTest::newRow("steps") << 0.0 << 100.0 << QList<double>{0.0, 20.0, 40.0, 60.0, 80.0, 100.0};
    QTest::newRow("around zero") << -0.013 << 0.097 << QList<double>{-0.0, 0.02, 0.04, 0.06, 0.08};
    QTest::newRow("single value (widened by 10 %)") << 3.0 << 3.0 << QList<double>{2.7, 2.8, 2.9, 3.0, 3.1, 3.2, 3.3};
}

void TestReport::niceTicks()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(QList<double>, ticks);
    const std::vector<double> got = SvgPlot::niceTicks(min, max, 5);
    QCOMPARE(qsizetype(got.size()), ticks.size());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QVERIFY2(std::abs(got[size_t(i)] - ticks[i]) < 1e-12, qPrintable(QString::number(got[size_t(i)])));
}

void TestReport::svgPlotIsWellFormed()
{
    SvgPlot plot(QStringLiteral("A <title> & more"), 400, 240);
    plot.setXAxis(QStringLiteral("step"));
    plot.setYAxis(QStringLiteral("AP"));
    const double nan = std::nan("");
    plot.addLine(QStringLiteral("curve"), QStringLiteral("#1f77b4"), {0, 1, 2, 3, 4}, {0.1, 0.2, nan, 0.3, 0.4});
    plot.addBars(QStringLiteral("gain"), QStringLiteral("#00aa00"), {0.5, 1.5}, {1.5, 2.5}, {0.2, -0.1}, 1.0,
                 QStringLiteral("#aa0000"), QStringLiteral("loss"));
    const QString svg = plot.toSvg();
    QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
    QVERIFY(svg.contains(QStringLiteral("A &lt;title&gt; &amp; more")));
    QVERIFY(svg.contains(QStringLiteral(">step</text>")));
    QVERIFY(svg.contains(QStringLiteral(">AP</text>")));
    // Legend: the line, the bars and their negative colour.
    QVERIFY(svg.contains(QStringLiteral(">curve</text>")));
    QVERIFY(svg.contains(QStringLiteral(">loss</text>")));
    QVERIFY(svg.contains(QStringLiteral("fill=\"#aa0000\"")));
    // The NaN breaks the line into two pieces.
    const QRegularExpression path(QStringLiteral("<path d=\"([^\"]*)\""));
    const QString d = path.match(svg).captured(1);
    QCOMPARE(d.count(u'M'), 2);
    QCOMPARE(d.count(u'L'), 2);
}

void TestReport::htmlIsSelfContainedAndWellFormed()
{
    const QString html = HtmlReport::render(*m_report);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.trimmed().endsWith(QStringLiteral("</html>")));
    const QStringList svgs = svgElements(html);
    QVERIFY2(svgs.size() >= 5, qPrintable(QString::number(svgs.size()))); // AP curve, ΔAP bars, 2 per inspected query, drift
    QCOMPARE(html.count(QStringLiteral("<svg")), html.count(QStringLiteral("</svg>")));
    for (const QString& svg : svgs)
        QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
    // Nothing to fetch: no scripts, no linked files, no external URLs but the SVG namespace.
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("src="), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QCOMPARE(html.count(QStringLiteral("http")), html.count(QStringLiteral("http://www.w3.org/2000/svg")));
    // The run's figures.
    const RunSummary& summary = m_report->summary;
    QVERIFY(html.contains(ReportNumbers::fixed(summary.mapBefore)));
    QVERIFY(html.contains(ReportNumbers::fixed(summary.mapAfter)));
    QVERIFY(html.contains(ReportNumbers::pEquals(summary.comparison.tTestP)));
    for (const RunQueryRecord& record : summary.results)
        QVERIFY(html.contains(QStringLiteral("<td class=\"l\">%1</td>").arg(summary.queryExtIds.value(record.queryId))));
    QVERIFY(html.contains(QStringLiteral("Failure triage")));
    QVERIFY(html.contains(QStringLiteral("Influence of the judged documents")));
    QVERIFY(html.contains(QStringLiteral("Gained:"))); // an LSA space: terms
}

void TestReport::markdownHasEveryQuery()
{
    const QString md = MarkdownReport::render(*m_report);
    const RunSummary& summary = m_report->summary;
    QVERIFY(md.contains(QStringLiteral("| MAP before | %1 |").arg(ReportNumbers::fixed(summary.mapBefore))));
    QVERIFY(md.contains(QStringLiteral("| MAP after | %1 |").arg(ReportNumbers::fixed(summary.mapAfter))));
    int rows = 0;
    for (const RunQueryRecord& record : summary.results) {
        const QString row = QStringLiteral("| %1 | %2 | %3 | %4 |")
                                .arg(summary.queryExtIds.value(record.queryId), ReportNumbers::fixed(record.apBefore),
                                     ReportNumbers::fixed(record.apAfter), ReportNumbers::signedFixed(record.apAfter - record.apBefore));
        QVERIFY2(md.contains(row), qPrintable(row));
        ++rows;
    }
    QCOMPARE(rows, 23);
    QVERIFY(md.contains(QStringLiteral("## Failure triage")));
}

void TestReport::csvHasEveryQuery()
{
    const QStringList lines = csvLines(CsvReport::render(*m_report));
    const RunSummary& summary = m_report->summary;
    QCOMPARE(lines.size(), summary.results.size() + 1);
    const QStringList header = lines.first().split(u',');
    const qsizetype query = header.indexOf(QStringLiteral("query"));
    const qsizetype before = header.indexOf(QStringLiteral("ap_before"));
    const qsizetype after = header.indexOf(QStringLiteral("ap_after"));
    const qsizetype delta = header.indexOf(QStringLiteral("delta_ap"));
    const qsizetype triage = header.indexOf(QStringLiteral("triage"));
    QVERIFY(query >= 0 && before >= 0 && after >= 0 && delta >= 0 && triage >= 0);
    QHash<QString, QStringList> byQuery;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // Query texts may hold quoted commas: read the id and the numbers, which come before the text or carry none.
        QStringList fields;
        QString field;
        bool quoted = false;
        for (const QChar c : lines[i]) {
            if (c == u'"')
                quoted = !quoted;
            else if (c == u',' && !quoted) {
                fields << field;
                field.clear();
            } else
                field += c;
        }
        fields << field;
        QCOMPARE(fields.size(), header.size());
        byQuery.insert(fields[query], fields);
    }
    int worsened = 0;
    for (const RunQueryRecord& record : summary.results) {
        const QStringList fields = byQuery.value(summary.queryExtIds.value(record.queryId));
        QCOMPARE(fields.value(before).toDouble(), QString::number(record.apBefore, 'g', 10).toDouble());
        QCOMPARE(fields.value(after).toDouble(), QString::number(record.apAfter, 'g', 10).toDouble());
        QVERIFY(std::abs(fields.value(delta).toDouble() - (record.apAfter - record.apBefore)) < 1e-9);
        if (record.apAfter < record.apBefore) {
            ++worsened;
            const QueryExplanation* explanation = m_report->explanation(record.queryId);
            QVERIFY(explanation);
            QStringList reasons;
            for (const FailureFinding& finding : explanation->triage.findings)
                reasons << FailureTriage::reasonKey(finding.reason);
            QVERIFY(!reasons.isEmpty());
            QCOMPARE(fields.value(triage), reasons.join(u';'));
        }
    }
    QCOMPARE(worsened, m_report->worsened);
}

void TestReport::reportGathersExplanationsAndTriage()
{
    const RunReport& report = *m_report;
    QVERIFY(report.worsened > 0); // the noisy judge made some queries worse
    QCOMPARE(report.fullyExplained, 5);
    QVERIFY(report.hasTerms);
    QCOMPARE(report.inspections.size(), 3);
    // Fully explained: the largest |ΔAP| first.
    for (int i = 1; i < report.fullyExplained; ++i)
        QVERIFY(std::abs(report.explanations[i - 1].deltaAp()) >= std::abs(report.explanations[i].deltaAp()));
    int triaged = 0;
    for (const QueryExplanation& e : report.explanations) {
        if (e.triage.worsened()) {
            ++triaged;
            // A flip judge disagrees with gold somewhere: the triage says so with evidence.
            for (const FailureFinding& finding : e.triage.findings)
                QVERIFY(!finding.evidence.isEmpty());
        }
    }
    QCOMPARE(triaged, std::min(report.worsened, 25));
    // MAP curve: first and last points are the run's MAP before and after.
    QVERIFY(!report.meanAp.empty());
    QVERIFY(std::abs(report.meanAp.front() - report.summary.mapBefore) < 1e-12);
    QVERIFY(std::abs(report.meanAp.back() - report.summary.mapAfter) < 1e-12);
    QCOMPARE(report.meanApSteps.back(), 30.0);
    const MetricMean& ap = report.metricMeans.first();
    QCOMPARE(ap.key, QStringLiteral("ap"));
    QVERIFY(std::abs(ap.before - report.summary.mapBefore) < 1e-12);
}

void TestReport::experimentReport()
{
    ExperimentStore& experiments = m_project->experiments();
    ExperimentRecord record;
    record.datasetId = m_report->summary.run.datasetId;
    record.spaceId = m_report->summary.run.spaceId;
    record.kind = QStringLiteral("noise-sweep");
    record.paramsJson = R"({"noise":"flip","rates":[0,0.3]})";
    const qint64 id = experiments.create(record);
    experiments.linkRun(id, m_runId, R"({"rate":0.3,"seed":5})");
    ExperimentResult result;
    result.experimentId = id;
    result.kind = ExperimentKind::NoiseSweep;
    result.noise.noise = QStringLiteral("flip");
    result.noise.mapBefore = 0.2159;
    result.noise.queries = 23;
    NoiseLevelResult gold;
    gold.rate = 0.0;
    gold.meanDelta = 0.0512;
    gold.minDelta = gold.maxDelta = 0.0512;
    NoiseLevelResult noisy;
    noisy.rate = 0.3;
    noisy.meanDelta = -0.0123;
    noisy.minDelta = -0.02;
    noisy.maxDelta = -0.004;
    noisy.runIds = {m_runId};
    result.noise.levels = {gold, noisy};
    experiments.setResult(id, result.toJson());
    experiments.setStatus(id, RunStatus::Finished);

    const ExperimentReport report = ExperimentReport::build(*m_project, id);
    QCOMPARE(report.runs.size(), 1);
    QCOMPARE(report.runs.first().mapAfter, m_report->summary.mapAfter);
    const QString html = HtmlReport::render(report);
    for (const QString& svg : svgElements(html))
        QVERIFY2(xmlError(svg).isEmpty(), qPrintable(xmlError(svg)));
    QCOMPARE(svgElements(html).size(), 1);
    QVERIFY(html.contains(QStringLiteral("<td>0.30</td><td>–</td><td>-0.0123</td>")));
    const QString md = MarkdownReport::render(report);
    QVERIFY2(md.contains(QStringLiteral("| 0.30 | – | -0.0123 | -0.0200 | -0.0040 |")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("rate=0.3, seed=5")));
    const QStringList csv = csvLines(CsvReport::render(report));
    QVERIFY(csv.contains(QStringLiteral("0.3,,-0.0123,-0.02,-0.004,,,,1")));
    QVERIFY_THROWS_EXCEPTION(TareError, ExperimentReport::build(*m_project, id + 100));
}

void TestReport::ranxExportMatchesTrec()
{
    QTemporaryDir out;
    const QStringList ranx = RunExporter::write(*m_project, m_runId, RunExporter::Format::Ranx, out.path());
    const QStringList trec = RunExporter::write(*m_project, m_runId, RunExporter::Format::Trec, out.path());
    QCOMPARE(ranx.size(), 2);
    QVERIFY(ranx.first().endsWith(QStringLiteral("-before.ranx.json")));
    for (int i = 0; i < 2; ++i) {
        QFile json(ranx[i]);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject run = QJsonDocument::fromJson(json.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(run.size(), 23);
        // Every TREC line (qid Q0 doc rank score tag) has the same score in the ranx run.
        QFile file(trec[i]);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int lines = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
            QCOMPARE(fields.size(), 6);
            const QJsonValue score = run.value(QString::fromUtf8(fields[0])).toObject().value(QString::fromUtf8(fields[2]));
            QVERIFY(score.isDouble());
            QCOMPARE(float(score.toDouble()), fields[4].toFloat());
            ++lines;
        }
        qsizetype entries = 0;
        for (const QJsonValue& query : run)
            entries += query.toObject().size();
        QCOMPARE(entries, qsizetype(lines));
    }
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
