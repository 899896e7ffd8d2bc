// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tare {

/// One row of the model template table: the models it applies to and how their queries and
/// documents are written before they are embedded.
struct EmbeddingTemplateEntry
{
    QString model;            ///< a model name or a glob (* and ?), case-insensitive; "*" matches every model
    QString queryTemplate;    ///< {text} and {instruction}
    QString documentTemplate; ///< {text} (and {instruction})
    QString note;             ///< where the format comes from
    bool shipped = false;     ///< part of Tare's own table (not an entry of this project)
};

/// Which query and document templates an embedding model expects, by model name: the project's
/// own entries first, then the entries Tare ships for common embedders, then the paper's default
/// for every model ("Instruct: {instruction}\nQuery: {text}" and "{text}"). A name matches an entry
/// when the whole name, or the name after its last "/", matches the entry's glob. A plain value
/// type; the project's entries are stored as JSON (toJson/fromJson). Usable from any thread.
class EmbeddingTemplateTable
{
    Q_DECLARE_TR_FUNCTIONS(tare::EmbeddingTemplateTable)

public:
    /// The shipped table only.
    EmbeddingTemplateTable();

    /// Tare's entries for common embedders, most specific first, ending with the default row "*".
    static QList<EmbeddingTemplateEntry> shippedEntries();

    /// The project's entries as stored by toJson(); throws TareError(Input) on malformed JSON.
    static EmbeddingTemplateTable fromJson(const QByteArray& json);
    /// {"entries": [{"model", "query_template", "document_template", "note"}]}: the project's entries only.
    QByteArray toJson() const;

    /// The entry a model uses: the first project entry that matches, else the first shipped one.
    EmbeddingTemplateEntry lookup(const QString& model) const;

    /// Adds or replaces the project's entry for exactly this model pattern (case-insensitive).
    /// Throws TareError(Usage) when the query template has no {text}.
    void set(const EmbeddingTemplateEntry& entry);
    /// Removes the project's entry for this pattern; false when there is none.
    bool remove(const QString& model);

    /// Project entries, then shipped ones, in lookup order.
    QList<EmbeddingTemplateEntry> entries() const;
    const QList<EmbeddingTemplateEntry>& projectEntries() const { return m_project; }

    /// Whether a model name matches a pattern of the table.
    static bool matches(const QString& pattern, const QString& model);

private:
    QList<EmbeddingTemplateEntry> m_project;
};

} // namespace tare
