// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/db/projectstore.h"
#include "core/db/sqliteconnection.h"
#include "core/embed/lsaspacebuilder.h"
#include "core/io/sampleproject.h"
#include "core/run/runengine.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <random>
#include <span>

namespace TestUtils {

/// A new project file in a temporary folder of its own, open as long as the object lives (or until
/// close()): the store of a test fixture. `*project` and `project->` reach the store.
class TempProject
{
public:
    explicit TempProject(const QString& fileName)
        : m_dir(std::make_unique<QTemporaryDir>())
        , m_path(m_dir->filePath(fileName))
        , m_store(std::make_unique<tare::ProjectStore>(m_path, tare::ProjectStore::OpenMode::CreateIfMissing))
    {
    }

    const QString& path() const { return m_path; }
    /// A path in the project's temporary folder, for exports and other files of a test.
    QString filePath(const QString& name) const { return m_dir->filePath(name); }
    tare::ProjectStore& store() { return *m_store; }
    tare::ProjectStore& operator*() { return *m_store; }
    tare::ProjectStore* operator->() { return m_store.get(); }
    /// Ends the connection (the engine and the tests open their own); the file stays.
    void close() { m_store.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<tare::ProjectStore> m_store;
};

/// Builds a synthetic project in a real project file, in a temporary folder it owns: one dataset,
/// imported embedding spaces, queries and documents with their vectors, and graded labels. The
/// tests that need a constructed corpus (engine, explanations, experiments, network faults, ...)
/// describe it with these calls and keep only what makes their corpus special. As a TempProject,
/// close() ends the builder's connection; the file and folder live as long as the builder.
class ProjectBuilder : public TempProject
{
public:
    explicit ProjectBuilder(const QString& fileName, const QString& datasetName = QStringLiteral("synthetic"),
                            tare::PoolRule pool = tare::PoolRule::Corpus, const QString& instruction = {})
        : TempProject(fileName)
    {
        tare::DatasetInfo info;
        info.name = datasetName;
        info.pool = pool;
        info.instruction = instruction;
        m_datasetId = store().datasets().create(info);
    }

    qint64 datasetId() const { return m_datasetId; }
    /// The first space added.
    qint64 spaceId() const { return m_spaceId; }
    /// A run over the builder's dataset in its first space with `judge` and `refiner`, the rest at
    /// RunSettings' defaults (fixtures set their budget and steps).
    tare::RunSettings runSettings(const QString& judge = QStringLiteral("gold"),
                                  const QString& refiner = QStringLiteral("kl-adam")) const
    {
        tare::RunSettings settings;
        settings.datasetId = m_datasetId;
        settings.spaceId = m_spaceId;
        settings.judgeSpec = judge;
        settings.refiner = refiner;
        return settings;
    }

    /// Adds an imported embedding space of `dim` dimensions.
    qint64 addSpace(const QString& name, int dim, tare::ElementType type = tare::ElementType::Float32)
    {
        tare::SpaceInfo space;
        space.datasetId = m_datasetId;
        space.name = name;
        space.provider = QStringLiteral("imported");
        space.dim = dim;
        space.elementType = type;
        const qint64 id = store().spaces().create(space);
        if (m_spaceId == 0)
            m_spaceId = id;
        return id;
    }

    qint64 addQuery(const QByteArray& extId, const QByteArray& text, const QByteArray& instruction = {})
    {
        return store().datasets().insertQuery(m_datasetId, extId, text, instruction);
    }
    qint64 addDocument(const QByteArray& extId, const QByteArray& text, const QByteArray& title = {})
    {
        return store().datasets().insertDocument(m_datasetId, extId, title, text);
    }
    /// The query's vector in a space (0: the first space).
    void setQueryVector(qint64 queryId, const Eigen::VectorXf& vector, qint64 spaceId = 0)
    {
        store().spaces().setQueryVector(spaceId ? spaceId : m_spaceId, queryId, span(vector));
    }
    void setDocumentVector(qint64 documentId, const Eigen::VectorXf& vector, qint64 spaceId = 0)
    {
        store().spaces().setDocumentVector(spaceId ? spaceId : m_spaceId, documentId, span(vector));
    }
    void label(qint64 queryId, qint64 documentId, int grade) { store().datasets().insertLabel(queryId, documentId, grade); }

    /// A query with its vector in the first space.
    qint64 addQueryAt(const QByteArray& extId, const Eigen::VectorXf& vector, const QByteArray& text)
    {
        const qint64 id = addQuery(extId, text);
        setQueryVector(id, vector);
        return id;
    }
    /// A document with its vector in the first space.
    qint64 addDocumentAt(const QByteArray& extId, const Eigen::VectorXf& vector, const QByteArray& text)
    {
        const qint64 id = addDocument(extId, text);
        setDocumentVector(id, vector);
        return id;
    }

private:
    static std::span<const float> span(const Eigen::VectorXf& vector) { return {vector.data(), size_t(vector.size())}; }

    qint64 m_datasetId = 0;
    qint64 m_spaceId = 0;
};

/// Seeded Gaussian directions of a fixed dimension, normalised: the vectors of synthetic corpora.
class RandomDirections
{
public:
    RandomDirections(int dim, quint32 seed)
        : m_dim(dim)
        , m_generator(seed)
    {
    }

    Eigen::VectorXf next()
    {
        Eigen::VectorXf v(m_dim);
        for (int i = 0; i < m_dim; ++i)
            v[i] = m_normal(m_generator);
        return v.normalized();
    }

private:
    int m_dim;
    std::mt19937 m_generator;
    std::normal_distribution<float> m_normal;
};

/// The bundled sample data imported into `store`, with the built-in LSA space of one of its
/// datasets ("nuance" or "teaching"): RunSettings for that dataset and space, the rest at their
/// defaults. Aborts the test program when the sample lacks the dataset.
inline tare::RunSettings sampleRunSettings(tare::ProjectStore& store, const QString& dataset = QStringLiteral("nuance"))
{
    tare::SampleProject::ensureImported(store, QStringLiteral(TARE_SAMPLE_DATA_DIR));
    const auto found = store.datasets().byName(dataset);
    if (!found)
        qFatal("the sample data has no dataset '%s'", qPrintable(dataset));
    tare::RunSettings settings;
    settings.datasetId = found->id;
    settings.spaceId = tare::LsaSpaceBuilder::build(store, found->id, {});
    return settings;
}

/// A judge's answer to store: "ok" with its score, or "failed" with the error when there is no score.
inline tare::JudgmentRecord judgmentRecord(qint64 judge, qint64 query, qint64 document, std::optional<double> score,
                                           const QString& error = {})
{
    tare::JudgmentRecord record;
    record.judgeId = judge;
    record.queryId = query;
    record.documentId = document;
    record.status = score ? QStringLiteral("ok") : QStringLiteral("failed");
    record.score = score;
    record.error = error;
    return record;
}

/// SQLite's own verdict on a project file: the lines of PRAGMA integrity_check ("ok" when sound).
inline QString integrityCheck(const QString& path)
{
    tare::SqliteConnection connection(path, tare::SqliteConnection::Mode::ReadOnly);
    auto& statement = connection.prepare("PRAGMA integrity_check");
    QStringList lines;
    while (statement.step())
        lines.append(statement.text(0));
    statement.reset();
    return lines.join(QLatin1Char('\n'));
}

/// Prepares and executes a run to its end on `store`; aborts the test program when it does not
/// finish (a fixture that cannot build its run makes every test meaningless).
inline qint64 runToEnd(tare::ProjectStore& store, const tare::RunSettings& settings, int threads = 0)
{
    tare::RunEngine engine(store);
    const qint64 runId = engine.prepare(settings);
    tare::RunControl control;
    if (engine.execute(runId, control, {}, threads) != tare::RunStatus::Finished)
        qFatal("the fixture's run did not finish");
    return runId;
}

} // namespace TestUtils
