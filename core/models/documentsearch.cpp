// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/documentsearch.h"

#include "core/db/projectstore.h"

#include <QRegularExpression>
#include <QStringList>

namespace tare {

namespace {

void readRow(SqliteStatement& statement, DocumentRow& row)
{
    row.id = statement.int64(0);
    row.extId = statement.text(1);
    row.title = statement.text(2);
    row.preview = statement.text(3);
}

} // namespace

DocumentSearch::DocumentSearch(ProjectStore& store)
    : m_store(store)
{
}

bool DocumentSearch::ensureIndex()
{
    SqliteConnection& db = m_store.connection();
    auto& state = db.prepare("SELECT count(*) || ':' || ifnull(max(id), 0) FROM documents");
    state.step();
    const QString current = state.text(0);
    state.reset();
    auto& built = db.prepare("SELECT value FROM project_meta WHERE key = 'documents_fts_state'");
    const QString last = built.step() ? built.text(0) : QString();
    built.reset();
    if (last == current)
        return false;
    SqliteTransaction transaction(db);
    db.exec("INSERT INTO documents_fts(documents_fts) VALUES('rebuild')");
    auto& record = db.prepare("INSERT OR REPLACE INTO project_meta(key, value) VALUES('documents_fts_state', ?1)");
    record.bind(1, current).run();
    transaction.commit();
    return true;
}

QString DocumentSearch::matchExpression(const QString& filter)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString& word : filter.split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + QStringLiteral("\"*"));
    return terms.join(u' ');
}

QList<DocumentRow> DocumentSearch::page(qint64 datasetId, const QString& filter, qint64 afterId, int limit)
{
    const QString match = matchExpression(filter);
    SqliteConnection& db = m_store.connection();
    SqliteStatement& statement = match.isEmpty()
        ? db.prepare("SELECT id, ext_id, title, substr(text, 1, ?4) FROM documents "
                     "WHERE dataset_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3")
        : db.prepare("SELECT d.id, d.ext_id, d.title, substr(d.text, 1, ?4) FROM documents_fts f "
                     "JOIN documents d ON d.id = f.rowid "
                     "WHERE documents_fts MATCH ?5 AND f.rowid > ?2 AND d.dataset_id = ?1 ORDER BY f.rowid LIMIT ?3");
    statement.bind(1, datasetId).bind(2, afterId).bind(3, limit).bind(4, previewLength);
    if (!match.isEmpty())
        statement.bind(5, match);
    QList<DocumentRow> rows;
    while (statement.step()) {
        DocumentRow row;
        readRow(statement, row);
        rows.append(row);
    }
    statement.reset();
    for (DocumentRow& row : rows)
        row.labels = labelsOf(row.id);
    return rows;
}

qint64 DocumentSearch::count(qint64 datasetId, const QString& filter)
{
    const QString match = matchExpression(filter);
    SqliteConnection& db = m_store.connection();
    SqliteStatement& statement = match.isEmpty()
        ? db.prepare("SELECT count(*) FROM documents WHERE dataset_id = ?1")
        : db.prepare("SELECT count(*) FROM documents_fts f JOIN documents d ON d.id = f.rowid "
                     "WHERE documents_fts MATCH ?2 AND d.dataset_id = ?1");
    statement.bind(1, datasetId);
    if (!match.isEmpty())
        statement.bind(2, match);
    const qint64 result = statement.step() ? statement.int64(0) : 0;
    statement.reset();
    return result;
}

QString DocumentSearch::fullText(qint64 documentId)
{
    auto& statement = m_store.connection().prepare("SELECT title, text FROM documents WHERE id = ?1");
    statement.bind(1, documentId);
    DocumentRecord record;
    if (statement.step()) {
        record.title = statement.text(0);
        record.text = statement.text(1);
    }
    statement.reset();
    return record.fullText();
}

QString DocumentSearch::labelsOf(qint64 documentId)
{
    auto& statement = m_store.connection().prepare(
        "SELECT q.ext_id, l.grade FROM labels l JOIN queries q ON q.id = l.query_id WHERE l.document_id = ?1 ORDER BY q.id");
    statement.bind(1, documentId);
    QStringList parts;
    while (statement.step())
        parts.append(QStringLiteral("%1: %2").arg(statement.text(0)).arg(statement.int64(1)));
    statement.reset();
    return parts.join(QStringLiteral(", "));
}

} // namespace tare
