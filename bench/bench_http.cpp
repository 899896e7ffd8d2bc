// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
//
// 2,000 LLM yes/no judgments at concurrency 32 against the test server answering after 50 ms:
// wall time against the ideal 2000 x 0.05 s / 32 = 3.125 s, and the client's CPU per request.
// The server runs in a child process, so getrusage() of this process measures the client alone.
// Usage: bench_http [judgments=2000] [concurrency=32] [latency_ms=50] [repeats=5]
#include "bench/benchstats.h"
#include "core/judge/llmjudge.h"
#include "tests/testserver/openaitestserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

using tare::bench::median;

// The child: serves until the parent closes the pipe, then prints what the server saw.
[[noreturn]] void serve(int latencyMs, int portPipe, int stopPipe)
{
    {
        tare::test::OpenAiTestServer server;
        server.setLatencyMs(latencyMs);
        const quint16 port = server.port();
        if (write(portPipe, &port, sizeof port) != sizeof port)
            _exit(1);
        char byte = 0;
        while (read(stopPipe, &byte, 1) > 0) {
        }
        std::fprintf(stderr, "server: %d requests, %d connections, max in flight %d\n", server.requestCount(),
                     server.connectionCount(), server.maxInFlight());
        server.stop();
    }
    _exit(0);
}

} // namespace

int main(int argc, char** argv)
{
    const int judgments = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int concurrency = argc > 2 ? std::atoi(argv[2]) : 32;
    const int latencyMs = argc > 3 ? std::atoi(argv[3]) : 50;
    const int repeats = argc > 4 ? std::atoi(argv[4]) : 5;

    int portPipe[2];
    int stopPipe[2];
    if (pipe(portPipe) != 0 || pipe(stopPipe) != 0)
        return 1;
    const pid_t child = fork(); // before any thread exists in this process
    if (child < 0)
        return 1;
    if (child == 0) {
        close(portPipe[0]);
        close(stopPipe[1]);
        serve(latencyMs, portPipe[1], stopPipe[0]);
    }
    close(portPipe[1]);
    close(stopPipe[0]);
    quint16 port = 0;
    if (read(portPipe[0], &port, sizeof port) != sizeof port)
        return 1;

    QCoreApplication app(argc, argv);
    qputenv("NO_PROXY", "127.0.0.1");

    tare::LlmJudgeSettings settings;
    settings.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    settings.model = QStringLiteral("bench");
    settings.concurrency = concurrency;
    tare::LlmJudge judge(settings);

    QList<tare::JudgeRequest> batch;
    for (int i = 0; i < judgments; ++i) {
        batch.append({1, i, QStringLiteral("animals with stripes"), QStringLiteral("Find documents about animals."),
                      QStringLiteral("Document %1 %2").arg(i).arg(i % 3 ? QStringLiteral("tax") : QStringLiteral("zebra"))});
    }
    judge.judge(batch.mid(0, concurrency), {}); // warm-up: connections open

    const double ideal = double(judgments) * latencyMs / 1000.0 / concurrency;
    std::vector<double> walls;
    std::vector<double> cpus;
    int failed = 0;
    for (int r = 0; r < repeats; ++r) {
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const QList<tare::JudgeOutcome> outcomes = judge.judge(batch, {});
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        for (const tare::JudgeOutcome& outcome : outcomes)
            failed += outcome.status != u"ok";
        walls.push_back(wall);
        cpus.push_back(cpu / judgments * 1000.0);
        std::printf("run %d: wall %.3f s (%.2fx ideal), client CPU %.4f ms/request\n", r + 1, wall, wall / ideal,
                    cpus.back());
    }
    std::printf("%d judgments, concurrency %d, server latency %d ms, %d repeats, %d failed\n", judgments, concurrency,
                latencyMs, repeats, failed);
    std::printf("median wall %.3f s, ideal %.3f s, ratio %.3f; median client CPU %.4f ms/request\n", median(walls),
                ideal, median(walls) / ideal, median(cpus));

    close(stopPipe[1]);
    int status = 0;
    waitpid(child, &status, 0);
    return failed == 0 ? 0 : 2;
}
