// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/treceval.h"

#include "core/util/tareerror.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <locale.h>
#include <stdlib.h>

namespace tare {

namespace {

bool isSpace(char c)
{
    // C-locale isspace(), as trec_eval splits its fields.
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Splits a line into at most tokens.size() fields and returns how many fields the line has in all.
template<std::size_t N>
qsizetype splitFields(QByteArrayView line, std::array<QByteArrayView, N>& tokens)
{
    qsizetype count = 0;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && isSpace(line[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && !isSpace(line[i]))
            ++i;
        if (static_cast<std::size_t>(count) < N)
            tokens[static_cast<std::size_t>(count)] = line.sliced(start, i - start);
        ++count;
    }
    return count;
}

// Calls f(lineNumber, line) for each line that is neither blank nor a comment.
template<typename F>
void forEachContentLine(QByteArrayView text, F&& f)
{
    qint64 lineNumber = 0;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = n;
        ++lineNumber;
        const QByteArrayView line = text.sliced(pos, end - pos);
        pos = end + 1;
        qsizetype first = 0;
        while (first < line.size() && isSpace(line[first]))
            ++first;
        if (first == line.size() || line[first] == '#')
            continue;
        f(lineNumber, line);
    }
}

QString printable(QByteArrayView token)
{
    return QString::fromUtf8(token.data(), token.size());
}

locale_t cLocale()
{
    // strtod_l with the C locale: strtod's syntax and rounding, whatever LC_NUMERIC the app set.
    static const locale_t locale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return locale;
}

bool parseScore(QByteArrayView token, double* value)
{
    std::array<char, 128> small {};
    QByteArray large;
    char* buffer = small.data();
    if (static_cast<std::size_t>(token.size()) >= small.size()) {
        large = token.toByteArray();
        buffer = large.data();
    } else {
        std::copy(token.begin(), token.end(), small.begin());
    }
    char* end = nullptr;
    const double parsed = strtod_l(buffer, &end, cLocale());
    if (end != buffer + token.size() || token.isEmpty() || std::isnan(parsed))
        return false;
    *value = parsed;
    return true;
}

bool parseGrade(QByteArrayView token, int* value)
{
    const char* begin = token.data();
    const char* end = token.data() + token.size();
    if (begin != end && *begin == '+')
        ++begin;
    long long parsed = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, parsed);
    if (ec != std::errc() || ptr != end || begin == end)
        return false;
    if (parsed <= std::numeric_limits<int>::min() || parsed > std::numeric_limits<int>::max())
        return false;
    *value = static_cast<int>(parsed);
    return true;
}

QByteArray readWholeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw TareError(TareError::Kind::Io,
                        QCoreApplication::translate("TrecEval", "Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw TareError(TareError::Kind::Io,
                        QCoreApplication::translate("TrecEval", "Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

struct DocnoLine
{
    QByteArray docno;
    qint64 line;
};

// The earliest line that repeats a docno of the same query, or 0.
qint64 firstDuplicateLine(std::vector<DocnoLine>& entries, QByteArray* docno)
{
    std::sort(entries.begin(), entries.end(), [](const DocnoLine& a, const DocnoLine& b) {
        if (a.docno != b.docno)
            return a.docno < b.docno;
        return a.line < b.line;
    });
    qint64 worst = 0;
    for (std::size_t i = 1; i < entries.size(); ++i) {
        if (entries[i].docno == entries[i - 1].docno && (worst == 0 || entries[i].line < worst)) {
            worst = entries[i].line;
            *docno = entries[i].docno;
        }
    }
    return worst;
}

void accumulate(QueryMetrics& sum, const QueryMetrics& m)
{
    sum.ap += m.ap;
    sum.ndcg10 += m.ndcg10;
    sum.p10 += m.p10;
    sum.recall100 += m.recall100;
    sum.rr += m.rr;
    sum.numRetrieved += m.numRetrieved;
    sum.numRelevant += m.numRelevant;
    sum.numRelevantRetrieved += m.numRelevantRetrieved;
}

} // namespace

TrecEval::Qrels TrecEval::readQrels(const QString& path)
{
    return parseQrels(readWholeFile(path), path);
}

TrecEval::Qrels TrecEval::parseQrels(QByteArrayView text, const QString& fileName)
{
    Qrels qrels;
    qrels.fileName = fileName;
    // Line numbers of each judgment, parallel to the judgment lists, for duplicate reports.
    std::map<QByteArray, std::vector<qint64>> lines;
    QByteArray lastQid;
    std::vector<Judgment>* current = nullptr;
    std::vector<qint64>* currentLines = nullptr;

    forEachContentLine(text, [&](qint64 lineNumber, QByteArrayView line) {
        std::array<QByteArrayView, 4> f;
        const qsizetype count = splitFields(line, f);
        if (count != 4)
            throw TareError::input(fileName, lineNumber,
                                   tr("expected 4 fields (query, iteration, document, grade), found %1").arg(count));
        int grade = 0;
        if (!parseGrade(f[3], &grade))
            throw TareError::input(fileName, lineNumber, tr("grade '%1' is not an integer").arg(printable(f[3])));
        if (current == nullptr || f[0] != lastQid) {
            lastQid = f[0].toByteArray();
            current = &qrels.queries[lastQid];
            currentLines = &lines[lastQid];
        }
        current->push_back(Judgment{f[2].toByteArray(), grade});
        currentLines->push_back(lineNumber);
    });

    qint64 duplicateLine = 0;
    QByteArray duplicateDocno;
    QByteArray duplicateQid;
    for (auto& [qid, judgments] : qrels.queries) {
        const auto& judgmentLines = lines[qid];
        std::vector<DocnoLine> entries;
        entries.reserve(judgments.size());
        for (std::size_t i = 0; i < judgments.size(); ++i)
            entries.push_back(DocnoLine{judgments[i].docno, judgmentLines[i]});
        QByteArray docno;
        const qint64 line = firstDuplicateLine(entries, &docno);
        if (line > 0 && (duplicateLine == 0 || line < duplicateLine)) {
            duplicateLine = line;
            duplicateDocno = docno;
            duplicateQid = qid;
        }
        std::sort(judgments.begin(), judgments.end(),
                  [](const Judgment& a, const Judgment& b) { return a.docno < b.docno; });
    }
    if (duplicateLine > 0)
        throw TareError::input(fileName, duplicateLine,
                               tr("document '%1' is judged twice for query '%2'")
                                   .arg(printable(duplicateDocno), printable(duplicateQid)));
    return qrels;
}

TrecEval::Run TrecEval::readRun(const QString& path)
{
    return parseRun(readWholeFile(path), path);
}

TrecEval::Run TrecEval::parseRun(QByteArrayView text, const QString& fileName)
{
    Run run;
    run.fileName = fileName;
    QByteArray lastQid;
    std::vector<RunEntry>* current = nullptr;
    QByteArrayView lastTag;

    forEachContentLine(text, [&](qint64 lineNumber, QByteArrayView line) {
        std::array<QByteArrayView, 6> f;
        const qsizetype count = splitFields(line, f);
        if (count < 6)
            throw TareError::input(fileName, lineNumber,
                                   tr("expected 6 fields (query, Q0, document, rank, score, run tag), found %1")
                                       .arg(count));
        double score = 0.0;
        if (!parseScore(f[4], &score))
            throw TareError::input(fileName, lineNumber, tr("score '%1' is not a number").arg(printable(f[4])));
        if (current == nullptr || f[0] != lastQid) {
            lastQid = f[0].toByteArray();
            current = &run.queries[lastQid];
        }
        current->push_back(RunEntry{f[2].toByteArray(), score, lineNumber});
        lastTag = f[5];
    });
    run.tag = lastTag.toByteArray();

    // trec_eval refuses a document retrieved twice for one query ("duplicate docs").
    qint64 duplicateLine = 0;
    QByteArray duplicateDocno;
    QByteArray duplicateQid;
    for (const auto& [qid, entries] : run.queries) {
        std::vector<DocnoLine> docnos;
        docnos.reserve(entries.size());
        for (const RunEntry& e : entries)
            docnos.push_back(DocnoLine{e.docno, e.line});
        QByteArray docno;
        const qint64 line = firstDuplicateLine(docnos, &docno);
        if (line > 0 && (duplicateLine == 0 || line < duplicateLine)) {
            duplicateLine = line;
            duplicateDocno = docno;
            duplicateQid = qid;
        }
    }
    if (duplicateLine > 0)
        throw TareError::input(fileName, duplicateLine,
                               tr("document '%1' is retrieved twice for query '%2'")
                                   .arg(printable(duplicateDocno), printable(duplicateQid)));
    return run;
}

TrecEval::Result TrecEval::evaluate(const Qrels& qrels, const Run& run, const Options& options)
{
    Result result;
    result.metricOptions = options.metrics;
    result.queries.reserve(qrels.queries.size());
    QueryMetrics sum;
    sum.auc = 0.0;
    qint64 aucCount = 0;

    for (const auto& [qid, judgments] : qrels.queries) {
        std::vector<int> qrelsGrades;
        qrelsGrades.reserve(judgments.size());
        for (const Judgment& j : judgments)
            qrelsGrades.push_back(j.grade);

        QueryResult qr;
        qr.qid = qid;
        const auto found = run.queries.find(qid);
        if (found == run.queries.end()) {
            if (options.missing == MissingQueries::Error)
                throw TareError::input(run.fileName, 0,
                                       tr("query '%1' of %2 has no results in the run (trec_eval stops here too "
                                          "unless -c counts it as zero)")
                                           .arg(printable(qid), qrels.fileName));
            qr.missingFromRun = true;
            // Evaluating an empty ranking gives trec_eval -c's zeros, with R still counted.
            qr.metrics = RankingMetrics::evaluateRanked({}, std::span<const double>(), qrelsGrades, options.metrics);
        } else {
            const std::vector<RunEntry>& entries = found->second;
            std::vector<RankingMetrics::Candidate> candidates;
            candidates.reserve(entries.size());
            for (const RunEntry& e : entries) {
                const auto it = std::lower_bound(judgments.begin(), judgments.end(), e.docno,
                                                 [](const Judgment& j, const QByteArray& d) { return j.docno < d; });
                const bool judged = it != judgments.end() && it->docno == e.docno;
                const int grade = judged ? it->grade : RankingMetrics::Unjudged;
                candidates.push_back(RankingMetrics::Candidate{e.score, e.docno, grade});
            }
            const auto order = RankingMetrics::rank(candidates);
            std::vector<int> grades;
            std::vector<double> scores;
            grades.reserve(order.size());
            scores.reserve(order.size());
            qr.ranking.reserve(order.size());
            for (qsizetype index : order) {
                const auto& c = candidates[static_cast<std::size_t>(index)];
                grades.push_back(c.grade);
                scores.push_back(c.score);
                qr.ranking.push_back(c.docno);
            }
            qr.metrics = RankingMetrics::evaluateRanked(grades, std::span<const double>(scores), qrelsGrades,
                                                        options.metrics);
        }
        accumulate(sum, qr.metrics);
        if (qr.metrics.hasAuc()) {
            sum.auc += qr.metrics.auc;
            ++aucCount;
        }
        result.queries.push_back(std::move(qr));
    }

    result.mean = sum;
    const auto count = static_cast<double>(result.queries.size());
    if (!result.queries.empty()) {
        // trec_eval sums in query order and divides once.
        result.mean.ap = sum.ap / count;
        result.mean.ndcg10 = sum.ndcg10 / count;
        result.mean.p10 = sum.p10 / count;
        result.mean.recall100 = sum.recall100 / count;
        result.mean.rr = sum.rr / count;
    }
    result.mean.auc = aucCount > 0 ? sum.auc / static_cast<double>(aucCount) : std::numeric_limits<double>::quiet_NaN();
    return result;
}

QByteArray TrecEval::formatLine(QByteArrayView measure, QByteArrayView qid, double value)
{
    // std::to_chars is printf("%.4f") in the C locale (round half to even on the exact binary value),
    // independent of the process locale; the widths are applied by hand.
    std::array<char, 512> digits {};
    const auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), value,
                                         std::chars_format::fixed, 4);
    QByteArray number = ec == std::errc() ? QByteArray(digits.data(), end - digits.data()) : QByteArray("nan");
    QByteArray line;
    line.reserve(measure.size() + qid.size() + number.size() + 32);
    line.append(measure);
    if (measure.size() < 22)
        line.append(22 - measure.size(), ' ');
    line.append('\t');
    line.append(qid);
    line.append('\t');
    if (number.size() < 6)
        line.append(6 - number.size(), ' ');
    line.append(number);
    return line;
}

QByteArray TrecEval::format(const Result& result)
{
    const auto& o = result.metricOptions;
    const QByteArray pName = "P_" + QByteArray::number(o.precisionCutoff);
    const QByteArray recallName = "recall_" + QByteArray::number(o.recallCutoff);
    const QByteArray ndcgName = "ndcg_cut_" + QByteArray::number(o.ndcgCutoff);
    QByteArray out;
    const auto emitQuery = [&](QByteArrayView qid, const QueryMetrics& m) {
        for (const auto& [name, value] : {std::pair<QByteArrayView, double>{"map", m.ap},
                                          {"recip_rank", m.rr},
                                          {pName, m.p10},
                                          {recallName, m.recall100},
                                          {ndcgName, m.ndcg10}}) {
            out.append(formatLine(name, qid, value));
            out.append('\n');
        }
    };
    for (const QueryResult& q : result.queries)
        emitQuery(q.qid, q.metrics);
    emitQuery("all", result.mean);
    return out;
}

} // namespace tare
