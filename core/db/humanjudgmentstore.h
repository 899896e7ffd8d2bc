// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tare {

class ProjectStore;

/// A person who labels (or the adjudication of their disagreements), as the project knows them.
struct Annotator
{
    qint64 judgeId = 0;
    QString name;              ///< as chosen; "human" for the unnamed default, "adjudication" for the adjudication
    bool adjudication = false; ///< the final labels where people disagreed
};

/// People's relevance labels, stored as judgments so they sit beside every other judge's answers
/// and a run can use them. Every annotator labels as a 'human' judge of their own: the unnamed
/// default person (identity "human", the labels given before annotators had names), a named
/// annotator (identity "human:<name>"), and the adjudication (identity "adjudication"), which
/// holds the final label of documents the annotators disagreed on. So each one's labels are kept
/// apart and agreement between them can be measured.
///
/// Undo policy: label() appends a new row (the newest row of a pair is its label, earlier rows
/// stay as history); undo() deletes the newest row of the pair, so the label given before it —
/// or none — is in force again. A label that was undone leaves no trace; everything else is
/// kept. Same thread rule as ProjectStore. Methods throw TareError.
class HumanJudgmentStore
{
    Q_DECLARE_TR_FUNCTIONS(tare::HumanJudgmentStore)

public:
    /// The labels of `annotator` (a name; empty: the unnamed default person).
    explicit HumanJudgmentStore(ProjectStore& store, const QString& annotator = {});
    /// The adjudication's labels.
    static HumanJudgmentStore adjudication(ProjectStore& store);

    /// This annotator's judge id (created on first use).
    qint64 judgeId();
    /// Stores a label (score on 0..1: Y = 1, N = 0, digit d = d/9); `key` is kept as the raw
    /// response, so the history says how it was given. Returns the judgment id.
    qint64 label(qint64 queryId, qint64 documentId, double score, const QString& key = {});
    /// Deletes the newest label of the pair; false when there is none.
    bool undo(qint64 queryId, qint64 documentId);
    /// The current label of the pair, if any.
    std::optional<double> current(qint64 queryId, qint64 documentId);

    /// The judge identity of an annotator's labels ("human", "human:<name>").
    static QString identityOf(const QString& annotator);
    static QString adjudicationIdentity();
    /// A usable annotator name: trimmed, 1–64 characters, no control characters and not a
    /// reserved name; TareError(Usage) otherwise.
    static QString checkedName(const QString& name);
    /// Every annotator who has a judge in the project (named ones by name, then the unnamed
    /// default, then the adjudication), without creating any.
    static QList<Annotator> annotators(ProjectStore& store);

private:
    HumanJudgmentStore(ProjectStore& store, QString identity, QString name);

    ProjectStore& m_store;
    QString m_identity;
    QString m_name;
    qint64 m_judgeId = 0;
};

} // namespace tare
